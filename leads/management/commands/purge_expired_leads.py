"""The daily retention purge (JOB_SCHEDULE): leads, contacts, companies, projects and activities quiet for longer
than their period in PRIVACY_RETENTION_DAYS, counted from the last activity on each, not the last edit."""

from django.core.management.base import BaseCommand

from leads.privacy import purge_expired, retention_days


class Command(BaseCommand):
    help = (
        "Deletes the records past their retention period (PRIVACY_RETENTION_DAYS, counted from the last activity). "
        "With --dry-run, lists exactly what would be deleted and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        deleted = purge_expired(performed_by="purge_expired_leads", dry_run=dry_run)
        leads = len(deleted.get("leads.Lead", []))
        if dry_run:
            self.stdout.write(f"Dry run: nothing deleted. {leads} lead(s) older than {retention_days()} days would be.")
        else:
            self.stdout.write(f"{leads} lead(s) older than {retention_days()} days deleted.")
        for label, pks in deleted.items():
            ids = ", ".join(str(pk) for pk in pks)
            self.stdout.write(f"{'would delete' if dry_run else 'deleted'} {label} ({len(pks)}): {ids}")
