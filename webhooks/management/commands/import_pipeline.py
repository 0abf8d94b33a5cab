import json

from django.core.management.base import BaseCommand, CommandError

from webhooks import pipeline


class Command(BaseCommand):
    help = (
        "Imports a pipeline file written by export_pipeline. Records are found again by their natural keys, so "
        "importing twice changes nothing. A file with a bad record commits nothing unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check and count; commit nothing.")
        parser.add_argument("--force", action="store_true", help="Commit the good records of a file with bad ones.")

    def handle(self, *args, file, dry_run=False, force=False, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        report = pipeline.import_pipeline(data, dry_run=dry_run, force=force)
        for section in pipeline.SECTIONS:
            self.stdout.write(
                f"{section}: {report.created[section]} created, {report.updated[section]} updated, "
                f"{report.unchanged[section]} unchanged"
            )
        for error in report.errors:
            self.stderr.write(error)
        if report.committed:
            self.stdout.write("Committed." + (f" {len(report.errors)} bad record(s) skipped." if report.errors else ""))
        elif dry_run:
            self.stdout.write("Dry run: nothing committed.")
        else:
            raise CommandError(f"{len(report.errors)} bad record(s): nothing committed (use --force to skip them).")
