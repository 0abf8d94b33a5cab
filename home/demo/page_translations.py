"""The landing pages, and the snippets they show, translated into the languages beyond English and Italian.

The texts are gettext catalogues, one per language (home/demo/translations/<code>.po): each msgid is an
English string of the demo as wagtail-localize segments it (a title, a paragraph of rich text with its
links numbered `<a id="a1">`, a slug), each msgstr its translation. Translators work on those files
with any PO editor, as they would on a page downloaded from wagtail-localize's editor; the step feeds
them to wagtail-localize (string translations, then `create_or_update_translation`), so editors later
find each page in the translation editor, in sync with its English source.

Tables are the exception: wagtail-localize does not segment wagtail.contrib.table_block, so the step
translates their cells from the same catalogue itself (an editor who later syncs such a page from
English gets the English table back, and translates it in the page editor).

Which pages: the ones an investor lands on (LANDING_PAGES, paths under the English home page). Which
snippets: those each app names on its AppConfig as `demo_translated_models` (every instance of them),
translated before the pages that show them. A segment without a translation stops the step with the
English string: a page is translated whole or not at all, never half in English.

Runs after the synchronised copies exist (home/demo/locales.py), so a translated page replaces its
alias. Idempotent: translating again only updates what changed.
"""

from functools import cache
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import HomePage

CATALOGUES = Path(__file__).parent / "translations"
# Paths under the English home page ("" is the home page itself; "sectors/*" every sector page).
LANDING_PAGES = (
    "",
    "why-lombardy",
    "investor-services",
    "sectors",
    "sectors/*",
    "territories",
    "opportunities",
    "contact",
    "privacy",
    "accessibility-statement",
    "noticeboard",
)


class MissingDemoTranslation(Exception):
    def __init__(self, code, strings):
        listed = "\n".join(f"  {text[:120]!r}" for text in strings[:20])
        super().__init__(f"{catalogue_path(code)} lacks {len(strings)} translation(s), e.g.:\n{listed}")


def catalogue_path(code):
    return CATALOGUES / f"{code}.po"


def translated_models():
    """The snippet models whose every instance the demo translates, in the apps' order."""
    found = []
    for config in apps.get_app_configs():
        found += [config.get_model(name) for name in getattr(config, "demo_translated_models", ())]
    return found


def landing_pages(home):
    """The English landing pages, the home page first and parents before children."""
    pages = []
    for path in LANDING_PAGES:
        if path.endswith("/*"):
            parent = home.get_descendants().filter(url_path=f"{home.url_path}{path[:-1]}").first()
            pages += list(parent.get_children().order_by("path")) if parent else []
        else:
            page = home if not path else home.get_descendants().filter(url_path=f"{home.url_path}{path}/").first()
            pages += [page] if page else []
    return [page.specific for page in pages]


def demo_sources(home):
    """Every English instance the step translates: snippets first, then the landing pages."""
    english = home.locale
    snippets = [obj for model in translated_models() for obj in model.objects.filter(locale=english).order_by("pk")]
    return snippets + landing_pages(home)


def with_list_item_ids(instance):
    """The instance with each StreamField's lists in the form the admin saves (every item with an id).

    The demo writes lists as plain values; wagtail-localize offers the items of a list for translation
    only in the admin's form, so key figures and questions would stay in English. In memory only: the
    translation is made from this form, the English page is left as it is.
    """
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            value = getattr(instance, field.attname)
            list(value)  # a block never read is written back as it was read; a block read gets its ids
            setattr(instance, field.attname, field.stream_block.get_prep_value(value))
    return instance


def stream_data(instance):
    """{field name: stored StreamField data} of the instance."""
    return {
        field.attname: field.stream_block.get_prep_value(getattr(instance, field.attname))
        for field in instance._meta.concrete_fields
        if isinstance(field, StreamField)
    }


def table_rows(node):
    """The rows of every table (wagtail.contrib.table_block) in stored StreamField data, to read or change."""
    if isinstance(node, dict):
        table = node.get("table")
        if isinstance(table, dict) and isinstance(table.get("data"), list):
            yield from table["data"]
        for value in node.values():
            yield from table_rows(value)
    elif isinstance(node, list):
        for value in node:
            yield from table_rows(value)


def is_text(cell):
    return isinstance(cell, str) and cell.strip() and not cell.strip().isdigit()


def table_cells(instance):
    """The table cells to translate: wagtail-localize does not segment tables, so the step does."""
    return [
        cell for data in stream_data(instance).values() for row in table_rows(data) for cell in row if is_text(cell)
    ]


def translate_tables(instance, texts):
    """Puts the translation of each table cell into the (translated) instance's StreamFields."""
    for attname, data in stream_data(instance).items():
        for row in table_rows(data):
            row[:] = [texts.get(cell, cell) if is_text(cell) else cell for cell in row]
        setattr(instance, attname, data)


def english_strings(instance):
    """The instance's segments as wagtail-localize extracts them: [(English string, context path, segment)]."""
    source, _ = TranslationSource.update_or_create_from_instance(with_list_item_ids(instance))
    segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    return source, [(segment.string.data, segment.context.path, segment) for segment in segments]


@cache
def read_catalogue(code):
    entries = polib.pofile(str(catalogue_path(code))) if catalogue_path(code).exists() else []
    return {entry.msgid: entry.msgstr for entry in entries if entry.msgstr and not entry.obsolete}


class PageTranslationsLoader:
    def __init__(self, log=print):
        self.log = log

    def run(self):
        home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
        if home is None:
            self.log("Translated pages: no home page, skipped")
            return
        read_catalogue.cache_clear()
        for code in settings.DEMO_NEW_LANGUAGES:
            self.translate_language(home, code)

    def translate_language(self, home, code):
        locale = Locale.objects.get(language_code=code)
        texts = read_catalogue(code)
        sources = [(instance, *english_strings(instance)) for instance in demo_sources(home)]
        needed = {text for _, _, strings in sources for text, _, _ in strings}
        needed |= {cell for instance, _, _ in sources for cell in table_cells(instance)}
        missing = sorted(needed - texts.keys())
        if missing:
            raise MissingDemoTranslation(code, missing)
        for _, source, strings in sources:
            with transaction.atomic():
                for text, _, segment in strings:
                    StringTranslation.objects.update_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={"data": texts[text], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                    )
                Translation.objects.get_or_create(source=source, target_locale=locale)
                # A page is published once, below, with its relations repointed.
                is_page = issubclass(source.specific_content_type.model_class(), Page)
                translated = source.create_or_update_translation(locale, publish=not is_page)[0]
                translated = point_relations_to(type(translated).objects.get(pk=translated.pk), locale)
                if is_page:
                    translate_tables(translated, texts)
                    translated.save_revision().publish()
        pages = sum(isinstance(instance, Page) for instance, _, _ in sources)
        self.log(f"Translated ({code}): {pages} pages, {len(sources) - pages} snippets")


def in_locale(target, locale):
    """The target's translation in locale (an untranslated copy counts: it keeps its id when translated)."""
    if target.locale_id == locale.pk:
        return target
    return target.get_translation_or_none(locale) or target


def point_relations_to(instance, locale):
    """Repoints the instance's links to translatable objects at their translations in its locale.

    A translated booklet would otherwise still belong to the English sector page, and a translated
    ecosystem entity appear on the English sector pages: foreign keys and many-to-many fields, which
    wagtail-localize synchronises (they are not segments), keep the source's values.
    """
    changed = []
    for field in instance._meta.concrete_fields:
        related = field.related_model
        if isinstance(field, models.ForeignKey) and related and issubclass(related, TranslatableMixin):
            target = getattr(instance, field.name)
            if target is not None and in_locale(target, locale) != target:
                setattr(instance, field.name, in_locale(target, locale))
                changed.append(field.name)
    for field in instance._meta.many_to_many:
        if issubclass(field.related_model, TranslatableMixin):
            targets = list(getattr(instance, field.name).all())
            translated = [in_locale(target, locale) for target in targets]
            if translated != targets:
                getattr(instance, field.name).set(translated)
                changed.append(field.name)
    if changed and not isinstance(instance, Page):
        instance.save()
    return instance
