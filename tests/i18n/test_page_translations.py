"""The demo's landing pages in the new languages (home/demo/page_translations.py): the catalogue command
lists every English string a translator needs, tables included and codes left out; the step turns the
untranslated copy into a German page through wagtail-localize, repoints its relations at the German
snippets, and refuses a catalogue with a gap. The shipped catalogues are complete and keep the markup.
"""

import re
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils.text import slugify
from wagtail_localize.models import Translation

from home.demo import page_translations
from home.demo.locales import NewLocalesLoader
from home.demo.page_translations import MissingDemoTranslation, PageTranslationsLoader
from home.models import StandardPage
from sectors.models import BusinessFunction
from tests.factories import BusinessFunctionFactory, SectorPageFactory, build_site

pytestmark = pytest.mark.django_db

BODY = [
    {"type": "rich_text", "value": '<p>Read <a href="https://example.org/report">the report</a> first.</p>'},
    {
        "type": "table",
        "value": {
            "caption": "Projects by year",
            "source": "Lombardy Region",
            "table": {
                "data": [["Year", "Projects in Lombardy"], ["2023", "90"]],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "",
            },
        },
    },
]


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    monkeypatch.setattr(page_translations, "CATALOGUES", tmp_path)
    page_translations.read_catalogue.cache_clear()
    return tmp_path


@pytest.fixture
def german_site(catalogues):
    site = build_site()
    why = StandardPage(title="Why Lombardy", slug="why-lombardy", body=BODY)
    site.en.add_child(instance=why)
    why.save_revision().publish()
    research = BusinessFunctionFactory(key="rnd", name="Research and development", opportunity="+++")
    sectors = SectorPageFactory(parent=site.en, title="Sectors", slug="sectors")
    with override_settings(DEMO_NEW_LANGUAGES=["de"]):
        NewLocalesLoader(log=lambda line: None).run()
    return site, why, research, sectors


def refresh_catalogue():
    call_command("update_demo_translations", "de", stdout=StringIO())


def fill(path, translate):
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        entry.msgstr = entry.msgstr or translate(entry)
    catalogue.save(str(path))


def german(entry):
    if any(where.endswith("#slug") for where, _ in entry.occurrences):
        return f"{entry.msgid}-de"
    # Keep the markup, translate the words: "DE " before the first word of each piece of text.
    return re.sub(r"(^|>)([^<]+)", lambda m: f"{m.group(1)}DE {m.group(2)}", entry.msgid)


def test_the_command_lists_each_string_once_with_tables_and_without_codes(german_site, catalogues):
    refresh_catalogue()

    msgids = [entry.msgid for entry in polib.pofile(str(catalogues / "de.po"))]
    assert "Why Lombardy" in msgids and "why-lombardy" in msgids
    assert 'Read <a id="a1">the report</a> first.' in msgids  # links numbered as wagtail-localize does
    assert {"Year", "Projects in Lombardy", "Projects by year"} <= set(msgids)
    assert "Research and development" in msgids
    assert "rnd" not in msgids and "+++" not in msgids, "keys and ratings are the same in every language"
    assert "2023" not in msgids and "90" not in msgids, "a cell of digits is not text to translate"
    assert len(msgids) == len(set(msgids))


def test_a_second_run_keeps_the_translations_made(german_site, catalogues):
    refresh_catalogue()
    fill(catalogues / "de.po", german)
    refresh_catalogue()

    entries = {entry.msgid: entry.msgstr for entry in polib.pofile(str(catalogues / "de.po"))}
    assert entries["Why Lombardy"] == "DE Why Lombardy"


def test_the_step_publishes_a_german_page_in_place_of_the_copy(german_site, catalogues, client):
    _, why, research, sectors = german_site
    refresh_catalogue()
    fill(catalogues / "de.po", german)

    with override_settings(DEMO_NEW_LANGUAGES=["de"]):
        PageTranslationsLoader(log=lambda line: None).run()

    page = StandardPage.objects.get(translation_key=why.translation_key, locale__language_code="de")
    assert page.alias_of_id is None and page.live
    assert Translation.objects.filter(source__object_id=why.translation_key, target_locale=page.locale).exists()
    response = client.get("/de/why-lombardy-de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "DE Why Lombardy" in html
    assert 'href="https://example.org/report">DE the report</a>' in html
    assert "<th>DE Year</th>" in html or ">DE Year<" in html
    assert ">2023<" in html
    # The English page now offers its German translation.
    english = client.get("/en/why-lombardy/").content.decode()
    assert re.search(r'<link rel="alternate" hreflang="de" href="[^"]*/de/why-lombardy-de/">', english)
    function = BusinessFunction.objects.get(translation_key=research.translation_key, locale__language_code="de")
    assert (function.name, function.key, function.opportunity) == ("DE Research and development", "rnd", "+++")
    sectors_de = sectors.get_translation(page.locale).specific
    assert sectors_de.alias_of_id is None and sectors_de.title == "DE Sectors"


def test_a_catalogue_with_a_gap_is_refused_and_changes_nothing(german_site, catalogues):
    _, why, _, _ = german_site
    refresh_catalogue()
    fill(catalogues / "de.po", lambda entry: "" if entry.msgid == "Projects in Lombardy" else german(entry))

    with override_settings(DEMO_NEW_LANGUAGES=["de"]), pytest.raises(MissingDemoTranslation, match="Projects in"):
        PageTranslationsLoader(log=lambda line: None).run()

    copy = StandardPage.objects.get(translation_key=why.translation_key, locale__language_code="de")
    assert copy.alias_of_id == why.pk, "still the untranslated copy: nothing half in English"


SHIPPED = sorted((Path(settings.BASE_DIR) / "home/demo/translations").glob("*.po"))


def test_a_catalogue_ships_for_each_new_language():
    assert {path.stem for path in SHIPPED} == {code for code, _ in settings.LANGUAGES} - {"en", "it"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.stem)
def test_each_shipped_catalogue_is_complete_keeps_the_markup_and_has_usable_slugs(path):
    entries = list(polib.pofile(str(path)))
    assert entries
    assert [entry.msgid for entry in entries if not entry.msgstr] == []
    assert [entry.msgid for entry in entries if "fuzzy" in entry.flags] == []
    tags = re.compile(r"<[^>]+>")
    same_markup = [sorted(tags.findall(entry.msgid)) == sorted(tags.findall(entry.msgstr)) for entry in entries]
    assert [entry.msgid for entry, same in zip(entries, same_markup, strict=True) if not same] == []
    slugs = [entry.msgstr for entry in entries if any(where.endswith("#slug") for where, _ in entry.occurrences)]
    # ASCII: wagtail-localize slugifies a translated slug without Unicode, so an Arabic one would be blank.
    assert slugs and all(slugify(slug) == slug for slug in slugs), slugs
    assert len(slugs) == len(set(slugs))
