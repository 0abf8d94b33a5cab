"""Amounts, areas and dates as a visitor reads them, in English and in Italian: on a site's page, in the
catalogue's cards, in the comparison, in the owner's reminder e-mail; Italian months in lower case."""

import datetime

import pytest
from django.core import mail
from django.utils import translation
from wagtail.models import Locale

from opportunities import freshness
from tests.opportunities.factories import build_catalogue, make_site, translate_site

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture
def site():
    tree = build_catalogue()
    page = make_site(
        tree.index,
        "Plot by the canal",
        site_area_m2=40000,
        covered_area_m2=7500,
        asking_price_eur=7500000,
        power_kw=1500,
        available_from=datetime.date(2027, 3, 1),
        last_verified=datetime.date(2026, 10, 1),
        contact_email="owner@canal.example",
    )
    translate_site(page, "Area lungo il canale", slug="area-lungo-il-canale")
    return page


def test_site_page_in_english(client, site):
    html = client.get("/en/opportunities/plot-by-the-canal/").content.decode()
    assert "€7,500,000" in html
    assert f"40,000{NBSP}m²" in html and f"7,500{NBSP}m²" in html
    assert "1,500 kW" in html
    assert "1 October 2026" in html and "1 March 2027" in html
    assert "7500000" not in html and "40000 m²" not in html


def test_site_page_in_italian_with_lower_case_months(client, site):
    html = client.get("/it/opportunita/area-lungo-il-canale/").content.decode()
    assert f"7.500.000{NBSP}€" in html
    assert f"40.000{NBSP}m²" in html and f"7.500{NBSP}m²" in html
    assert "1.500 kW" in html
    assert "1 ottobre 2026" in html and "1 marzo 2027" in html
    assert "Ottobre" not in html and "Marzo" not in html


def test_catalogue_cards_in_both_languages(client, site):
    assert f"40,000{NBSP}m²" in client.get("/en/opportunities/").content.decode()
    assert f"40.000{NBSP}m²" in client.get("/it/opportunita/").content.decode()


def test_comparison_in_both_languages(client, site):
    other = make_site(site.get_parent(), "Second plot", site_area_m2=12345, asking_price_eur=980000)
    translate_site(other, "Seconda area")
    for page in (site, other):  # the comparison is of the visitor's shortlist
        client.post("/en/opportunities/shortlist/add/", {"site": page.pk, "next": page.url})
    english = client.get("/en/opportunities/shortlist/compare/", {"site": [site.pk, other.pk]}).content.decode()
    assert "€7,500,000" in english and "€980,000" in english and f"12,345{NBSP}m²" in english
    italian_ids = [page.get_translation(Locale.objects.get(language_code="it")).pk for page in (site, other)]
    italian = client.get("/it/opportunita/shortlist/compare/", {"site": italian_ids}).content.decode()
    assert f"7.500.000{NBSP}€" in italian and f"980.000{NBSP}€" in italian and f"12.345{NBSP}m²" in italian


def test_reminder_e_mail_writes_the_date_in_each_language(site):
    mail.outbox.clear()
    freshness.send_reminder(site, datetime.date(2027, 4, 2))
    body = mail.outbox[-1].body
    assert "1 ottobre 2026" in body  # the Italian half
    assert "1 October 2026" in body  # the English half


def test_formatting_functions_for_pdfs_and_exports():
    from home import formatting

    with translation.override("en"):
        assert formatting.euro(7500000) == "€7,500,000"
        assert formatting.percent(44.56) == "44.6%"
        assert formatting.number(12345.678, -2) == "12,345.68"
        assert formatting.date(datetime.date(2026, 1, 5)) == "5 January 2026"
    with translation.override("it"):
        assert formatting.euro(7500000) == f"7.500.000{NBSP}€"
        assert formatting.percent(44.56) == "44,6%"
        assert formatting.number(12345.678, -2) == "12.345,68"
        assert formatting.date(datetime.date(2026, 1, 5)) == "5 gennaio 2026"
        assert formatting.date(datetime.date(2026, 1, 5), "l j F Y") == "lunedì 5 gennaio 2026"
    assert formatting.euro(None) == "" and formatting.number("n/a") == "n/a"
