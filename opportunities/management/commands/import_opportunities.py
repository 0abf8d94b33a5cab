"""Staff bulk load of owners' Excel files into owner submissions (never straight into pages)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opportunities.excel import ImportRefused, import_workbook


class Command(BaseCommand):
    help = "Imports an owners' .xlsx template into owner submissions. Nothing is imported if any row is wrong."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--email", required=True, help="The proponent's e-mail (rows are matched on it)")
        parser.add_argument("--name", default="")
        parser.add_argument("--organisation", default="")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing")
        parser.add_argument("--force", action="store_true", help="Import the valid rows even if others are wrong")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            report = import_workbook(
                path.name,
                path.read_bytes(),
                proponent_email=options["email"],
                proponent_name=options["name"],
                organisation=options["organisation"],
                dry_run=options["dry_run"],
                force=options["force"],
            )
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        for error in report.errors:
            self.stdout.write(f"row {error.row}, {error.column}: {error.message}")
        summary = (
            f"{report.rows} rows: {len(report.created)} new, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.errors)} problems"
        )
        if report.errors and not options["force"]:
            raise CommandError(f"{summary}. Nothing imported.")
        suffix = " (dry run: nothing written)" if report.dry_run else ""
        self.stdout.write(self.style.SUCCESS(summary + suffix))
