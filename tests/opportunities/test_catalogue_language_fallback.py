"""The catalogue in a language with no translated site yet (opportunities/site_language.py): German
visitors see the English sites, with German filters and a notice, each title marked as English; the
API says which language its list is in; once one site is translated, the German catalogue is German."""

import re

import pytest
from wagtail.models import Locale

from opportunities.models import OpportunityIndexPage
from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db


def in_german(page, **fields):
    german = Locale.objects.get_or_create(language_code="de")[0]
    translated = page.copy_for_translation(german, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(page).objects.get(pk=translated.pk)


@pytest.fixture
def german_catalogue():
    tree = build_catalogue()
    make_site(tree.index, "Warehouse in Lodi", slug="warehouse-lodi")
    make_site(tree.index, "Offices in Milan", slug="offices-milan")
    home_de = in_german(tree.en, slug="home-de")
    index_de = in_german(tree.index, title="Standorte", slug="standorte")
    return tree, home_de, index_de


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]*"( lang="en" hreflang="en")?>([^<]+)</a>', html)


def test_without_a_german_site_the_german_catalogue_lists_the_english_ones_and_says_so(german_catalogue, client):
    html = client.get("/de/standorte/").content.decode()

    english = ' lang="en" hreflang="en"'
    assert sorted(card_titles(html)) == [(english, "Offices in Milan"), (english, "Warehouse in Lodi")]
    assert "Noch ist kein Standort in Ihre Sprache übersetzt" in html
    assert "2 Standorte" in html  # the count and the filters stay German


def test_the_api_names_the_language_of_its_list(german_catalogue, client):
    meta = client.get("/api/v2/catalogue/?locale=de").json()["meta"]

    assert (meta["total"], meta["locale"], meta["sites_locale"]) == (2, "de", "en")


def test_once_a_site_is_translated_the_german_catalogue_lists_the_german_sites_only(german_catalogue, client):
    tree, _, _ = german_catalogue
    lodi = OpportunityIndexPage.objects.get(pk=tree.index.pk).get_children().get(slug="warehouse-lodi").specific
    in_german(lodi, title="Lager in Lodi", slug="lager-lodi")

    html = client.get("/de/standorte/").content.decode()

    assert card_titles(html) == [("", "Lager in Lodi")]
    assert "Noch ist kein Standort in Ihre Sprache übersetzt" not in html
