"""Compare 2-4 territories side by side and rank the provinces: exactly the stored values, both languages."""

import re

import pytest

from tests.factories import build_site, locales
from tests.indicators.factories import IndicatorFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(db):
    build_site()
    wage = IndicatorFactory(key="wage", name="Average wage", unit="EUR", higher_is_better=False, category="costs")
    italian = wage.copy_for_translation(locales()[1])
    italian.name = "Retribuzione media"
    italian.save()
    values = {"BG": 25256, "MI": 32472, "LC": 26018}
    for code, value in values.items():
        IndicatorValueFactory(indicator=wage, territory=code, year=2022, value=value, source=f"INPS {code}")
    return values


@pytest.mark.parametrize(
    ("prefix", "name"),
    [("/en/territories/compare/", "Average wage"), ("/it/territori/confronta/", "Retribuzione media")],
)
def test_three_territories_show_exactly_their_stored_values(client, stored, prefix, name):
    html = client.get(prefix + "?t=BG&t=MI&t=LC").content.decode()
    row = re.search(r'<tr data-indicator="wage">(.*?)</tr>', html, re.S).group(1)
    assert name in row
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    assert len(cells) == 3
    for cell, code in zip(cells, ["BG", "MI", "LC"], strict=True):
        number = f"{stored[code]:,}" if prefix.startswith("/en/") else f"{stored[code]:,}".replace(",", ".")
        assert number in cell and "2022" in cell and f"INPS {code}" in cell


def test_ranking_follows_the_stored_values_and_lower_is_better(client, stored):
    html = client.get("/en/territories/compare/?rank=wage").content.decode()
    order = re.findall(r'<tr data-territory="(\w+)"><td>(\d+)</td>', html)
    assert order == [("BG", "1"), ("LC", "2"), ("MI", "3")]
    assert "lowest first" in html
    assert "Not available for" in html and "Sondrio" in html


def test_higher_is_better_ranks_the_highest_first(client, stored):
    exports = IndicatorFactory(key="exports", higher_is_better=True)
    for code, value in {"BG": 1, "VA": 3, "CO": 2}.items():
        IndicatorValueFactory(indicator=exports, territory=code, value=value)
    html = client.get("/en/territories/compare/?rank=exports").content.decode()
    assert [code for code, _rank in re.findall(r'<tr data-territory="(\w+)"><td>(\d+)</td>', html)] == [
        "VA",
        "CO",
        "BG",
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?t=BG", "Choose between 2 and 4 territories to compare (you chose 1)."),
        ("?t=BG&t=MI&t=CO&t=LC&t=VA", "Choose between 2 and 4 territories to compare (you chose 5)."),
        ("?t=BG&t=XX", "“XX” is not a territory that can be compared."),
        ("?rank=nonsense", "That indicator is not known."),
    ],
)
def test_bad_choices_get_a_message_not_an_error(client, stored, query, message):
    response = client.get("/en/territories/compare/" + query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'data-indicator="wage"' not in response.content.decode()


def test_bad_choices_are_explained_in_italian(client, stored):
    html = client.get("/it/territori/confronta/?t=BG").content.decode()
    assert "Scelga da 2 a 4 territori da confrontare (ne ha scelti 1)." in html
