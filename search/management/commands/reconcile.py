"""Compares the catalogue's Elasticsearch index with the database and repairs drift.

    manage.py reconcile [--dry-run]

Missing documents are indexed, stale ones (a different fingerprint) re-indexed, extra ones (pages
unpublished, deleted or without consent) removed; pages waiting in the retry queue are synced first.
Safe to run at any time, e.g. hourly from cron.
"""

from django.core.management.base import BaseCommand, CommandError

from search.opportunity_index import reconcile


class Command(BaseCommand):
    help = "Compares the catalogue index with the database and repairs missing, stale and extra documents."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report the drift without repairing it.")

    def handle(self, *args, dry_run, **options):
        from django.conf import settings

        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set: the catalogue has no index to reconcile.")
        if not dry_run:
            from search.indexing import sync_pending

            synced = sync_pending(force=True)
            self.stdout.write(f"{synced} queued update(s) synced")
        report = reconcile(progress=self.stdout.write, dry_run=dry_run)
        drift = sum(sum(counts.values()) for counts in report.values())
        verb = "found" if dry_run else "repaired"
        self.stdout.write(self.style.SUCCESS(f"Done: {drift} document(s) {verb}."))
