"""The demo's sectors: every sector, taxonomy and booklet of the regional strategy, loaded once and only once."""

import pytest
from wagtail.models import Locale

from home.demo.facts import facts
from home.models import NavigationSettings
from sectors.demo.loader import SectorsLoader
from sectors.models import Booklet, BusinessFunction, Country, SectorIndexPage, SectorPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_every_sector_of_the_strategy_has_a_page_in_both_languages(client, demo_site):
    italian = Locale.objects.get(language_code="it")
    for sector in facts()["sectors"]:
        en = SectorPage.objects.get(locale__language_code="en", title=sector["en"])
        it = en.get_translation(italian)
        assert it.title == sector["it"]
        assert it.headline and it.headline != en.headline
        for page, lang in ((en, "en"), (it, "it")):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'<html lang="{lang}" dir="ltr">' in response.content.decode()


def test_taxonomies_are_translatable_snippets_from_the_facts(demo_site):
    assert BusinessFunction.objects.filter(locale__language_code="en").count() == len(facts()["activities"])
    rnd = BusinessFunction.objects.get(locale__language_code="en", key="rnd")
    assert rnd.get_translation(Locale.objects.get(language_code="it")).name == "Ricerca & sviluppo"
    germany = Country.objects.get(locale__language_code="en", name="Germany")
    assert germany.region.name == "Western Europe"
    assert Country.objects.filter(
        locale__language_code="it", name="Germania", region__name="Europa occidentale"
    ).exists()


def test_each_booklet_of_the_strategy_exists_in_both_languages_as_a_pdf_printed_from_its_page(demo_site):
    with_booklet = [s for s in facts()["sectors"] if s.get("booklet")]
    assert Booklet.objects.count() == 2 * len(with_booklet)
    for booklet in Booklet.objects.select_related("sector", "locale"):
        assert booklet.locale_id == booklet.sector.locale_id
        assert not booklet.file  # no designed PDF: visitors get the one printed from the sector page
        with booklet.pdf.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert booklet.generated_pages >= 2 and booklet.generated_at >= booklet.sector.last_published_at


def test_the_loader_can_run_again_without_duplicating(demo_site):
    counts = (SectorPage.objects.count(), Booklet.objects.count(), Country.objects.count())
    SectorsLoader(log=lambda line: None).run()
    assert (SectorPage.objects.count(), Booklet.objects.count(), Country.objects.count()) == counts
    menu = NavigationSettings.for_site(demo_site).main_menu
    index = SectorIndexPage.objects.get(locale__language_code="en")
    assert [block.value["page"].pk for block in menu].count(index.pk) == 1
