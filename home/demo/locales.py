"""The languages beyond English and Italian: a home page of their own, the rest as synchronised copies.

Runs after every app's loader (home/demo/registry.py), when the English site is complete. For each
language of settings.DEMO_NEW_LANGUAGES (texts in home/demo/locales.yaml): its Locale, its home page translated
from the English one (hero and summary only: the key figures, highlights and body are English text, so
they are left out rather than shown as German), and its LocaleSynchronization from English, which gives
every other English page a copy there. Those copies are untranslated, so visitors asking for one are sent
to the English original with the notice (home/translation_state.py) until an editor translates it.

The next step (home/demo/page_translations.py) then translates the demo's landing pages, this home
page included, in full from their catalogues; the hero written here is what a site without those
catalogues (the tests' factory site) keeps.

Idempotent: an existing home page is left alone, and a second run only adds copies of English pages
created since.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from home.demo.data import demo_data
from home.models import HomePage

TRANSLATED_FIELDS = ("hero_title", "hero_intro", "hero_cta_label", "summary")
# English text that a copy of the English home page would carry.
ENGLISH_ONLY_FIELDS = ("key_figures", "highlights", "body")


class NewLocalesLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        english = Locale.objects.get(language_code="en")
        home = HomePage.objects.filter(locale=english, depth=2).first()
        if home is None:
            self.log("Languages: no home page, skipped")
            return
        texts = demo_data("home", "locales")
        for code in settings.DEMO_NEW_LANGUAGES:
            self.add_language(home, english, code, texts[code])

    def add_language(self, home, english, code, text):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if home.get_translation_or_none(locale) is None:
            translated = home.copy_for_translation(locale)
            # Siblings under the root need distinct slugs; a home page's slug never shows in a URL.
            translated.slug = text["slug"]
            for field in TRANSLATED_FIELDS:
                setattr(translated, field, text[field])
            for field in ENGLISH_ONLY_FIELDS:
                setattr(translated, field, [])
            translated.save_revision().publish()
            self.log(f"Home page ({code})")
        # Saving a new synchronisation copies the English tree at once (wagtail-localize's post_save).
        sync, created = LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})
        if not created:
            sync.sync_trees()
        self.log(f"Synchronised copies ({code}): {locale.get_display_name()}")
