"""Rebuilds the catalogue's Elasticsearch index of each language without a gap for searches.

    manage.py rebuild [--language it]

A new index (named after the alias and the time) is filled from the database; the alias moves to it
in one request only when it holds at least 99.9 % of the expected documents, and the old index is
then deleted. Until then, searches keep using the old index.
"""

from django.core.management.base import BaseCommand, CommandError

from search.opportunity_index import RebuildRefused, languages, rebuild


class Command(BaseCommand):
    help = "Builds a new catalogue index per language and swaps the alias to it when complete."

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", choices=languages(), help="Only this language.")

    def handle(self, *args, language, **options):
        from django.conf import settings

        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set: the catalogue has no index to rebuild.")
        for code in language or languages():
            try:
                name, count = rebuild(code, progress=self.stdout.write)
            except RebuildRefused as error:
                raise CommandError(str(error)) from error
            self.stdout.write(self.style.SUCCESS(f"{code}: {name} in service with {count} documents."))
