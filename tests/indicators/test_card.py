"""A territory card shows each indicator value with its year and source, beside Lombardy's and Italy's."""

import re

import pytest
import time_machine

from tests.factories import build_site, locales, translate
from tests.indicators.factories import (
    IndicatorFactory,
    IndicatorValueFactory,
    TerritoryIndexPageFactory,
    TerritoryPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def card(db):
    site = build_site()
    index = TerritoryIndexPageFactory(parent=site.en)
    translate(index, title="Territori di prova")
    return TerritoryPageFactory(parent=index)


def row_of(html, key):
    match = re.search(rf'<tr data-indicator="{key}">(.*?)</tr>', html, re.S)
    assert match, f"no row for {key}"
    return match.group(1)


def test_each_value_shows_its_year_and_linked_source_beside_lombardy_and_italy(client, card):
    exports = IndicatorFactory(key="exports", name="Exports of goods", unit="EUR million")
    IndicatorValueFactory(indicator=exports, territory="BG", year=2022, value=19000, source="Old publisher")
    IndicatorValueFactory(indicator=exports, territory="BG", year=2023, value=20763, source="ISTAT via BresciaToday")
    IndicatorValueFactory(indicator=exports, territory="LOM", year=2024, value=164000, source="Unioncamere")
    html = client.get(card.url).content.decode()
    row = row_of(html, "exports")
    assert "Exports of goods" in row
    assert "20,763 EUR million" in row and "2023" in row
    assert (
        '<a class="indicator-source" href="https://stats.example/table" rel="noopener">ISTAT via BresciaToday</a>'
        in row
    )
    assert "19,000" not in html, "only the latest year is shown"
    assert re.search(r'data-territory="LOM">.*164,000.*2024.*Unioncamere', row, re.S)
    assert re.search(r'data-territory="IT">.*not available', row, re.S)


def test_an_indicator_without_a_value_for_the_territory_is_left_out(client, card):
    rent = IndicatorFactory(key="rent", name="Prime logistics rent", category="costs")
    IndicatorValueFactory(indicator=rent, territory="MI", value=70)
    html = client.get(card.url).content.decode()
    assert "Prime logistics rent" not in html
    assert "No sourced indicator is recorded for this territory yet." in html


def test_every_shown_value_has_a_year_and_a_source(client, card):
    for n in range(3):
        IndicatorValueFactory(indicator=IndicatorFactory(category=["people", "economy", "costs"][n]), year=2020 + n)
    html = client.get(card.url).content.decode()
    values = re.findall(
        r'<span class="indicator-value">.*?</span>\s*<span class="indicator-meta source">(.*?)</span>\s*</td>',
        html,
        re.S,
    )
    assert len(values) == 3
    for meta in values:
        assert re.search(r'class="indicator-year">20\d\d<', meta)
        assert re.search(r'class="indicator-source"[^>]*>Publisher \d+<', meta)


@time_machine.travel("2026-06-01")
def test_a_value_older_than_the_setting_is_marked(client, card, settings):
    settings.INDICATORS_MAX_AGE_YEARS = 3
    old, recent = IndicatorFactory(key="old"), IndicatorFactory(key="recent")
    IndicatorValueFactory(indicator=old, year=2022)
    IndicatorValueFactory(indicator=recent, year=2023)
    html = client.get(card.url).content.decode()
    assert "older figure" in row_of(html, "old")
    assert "older figure" not in row_of(html, "recent")


def test_the_italian_card_names_indicators_in_italian(client, card):
    exports = IndicatorFactory(key="exports", name="Exports of goods")
    italian_exports = exports.copy_for_translation(locales()[1])
    italian_exports.name = "Esportazioni di beni"
    italian_exports.save()
    IndicatorValueFactory(indicator=exports)
    italian = translate(card, title="Provincia di Bergamo")
    html = client.get(italian.url).content.decode()
    assert "Indicatori principali" in html
    assert "Esportazioni di beni" in row_of(html, "exports")
    assert "non disponibile" in row_of(html, "exports")
