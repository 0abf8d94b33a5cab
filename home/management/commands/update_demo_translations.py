"""Refreshes the demo's page catalogues (home/demo/translations/<code>.po) from the English demo.

Run it on a database with the demo loaded after the English demo texts change: new English strings
are added untranslated, strings the demo no longer has are dropped, translations already made are
kept. Translators then fill the new entries; the demo refuses a language whose catalogue lacks one.
"""

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.page_translations import catalogue_path, demo_sources, english_strings, table_cells
from home.models import HomePage


def describe(instance):
    """Where a string comes from, for the translator: the page's path, or the snippet's type and name."""
    url_path = getattr(instance, "url_path", None)
    return url_path or f"{instance._meta.label}:{str(instance)[:60].replace(' ', '_')}"


class Command(BaseCommand):
    help = "Adds the English demo's new strings to each language's page catalogue and drops unused ones."

    def add_arguments(self, parser):
        new_languages = [code for code, _ in settings.LANGUAGES if code not in (settings.LANGUAGE_CODE, "it")]
        parser.add_argument("languages", nargs="*", default=new_languages)

    def handle(self, *args, languages, **options):
        home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
        if home is None:
            raise CommandError("Load the demo first (manage.py load_demo_content).")
        used = {}
        for instance in demo_sources(home):
            for text, path, _ in english_strings(instance)[1]:
                used.setdefault(text, []).append((describe(instance), path))
            for cell in table_cells(instance):
                used.setdefault(cell, []).append((describe(instance), "table"))
        for code in languages:
            self.update(code, used)

    def update(self, code, used):
        path = catalogue_path(code)
        old = polib.pofile(str(path)) if path.exists() else polib.POFile()
        done = {entry.msgid: entry.msgstr for entry in old if entry.msgstr}
        catalogue = polib.POFile(wrapwidth=0)
        catalogue.metadata = old.metadata or {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": code,
        }
        for text, places in used.items():
            catalogue.append(
                polib.POEntry(
                    msgid=text,
                    msgstr=done.get(text, ""),
                    occurrences=[(f"{where}#{field}", "") for where, field in places[:3]],
                )
            )
        path.parent.mkdir(exist_ok=True)
        catalogue.save(str(path))
        untranslated = sum(not entry.msgstr for entry in catalogue)
        self.stdout.write(f"{path}: {len(catalogue)} strings, {untranslated} untranslated")
