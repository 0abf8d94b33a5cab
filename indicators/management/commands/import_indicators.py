"""manage.py import_indicators FILE.csv [--commit-valid]: indicator values from a CSV file (indicators/importer.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from indicators import importer


class Command(BaseCommand):
    help = "Import indicator values from a CSV file: nothing is written if a row is bad, unless --commit-valid."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--commit-valid", action="store_true", help="Write the good rows even if some are bad.")

    def handle(self, *args, **options):
        try:
            raw = options["file"].read_bytes()
        except OSError as error:
            raise CommandError(f"{options['file']}: {error.strerror}") from error
        text = importer.decode(raw)
        if text is None:
            raise CommandError(f"{options['file']}: not a UTF-8 text file")
        report = importer.import_csv(text, commit_valid=options["commit_valid"])
        for line, message in report.errors:
            self.stderr.write(f"line {line}: {message}")
        if report.committed:
            self.stdout.write(
                f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged"
                + (f", {len(report.errors)} problems in rows left out" if report.errors else "")
            )
        else:
            raise CommandError(f"{len(report.errors)} problems: nothing imported (--commit-valid keeps the good rows)")
