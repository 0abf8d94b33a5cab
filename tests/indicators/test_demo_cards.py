"""On the demo site every province card shows only sourced, dated figures, and at least a few of them."""

import re

import pytest

from territories.models import TerritoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo, pytest.mark.usefixtures("demo_content")]

CELL = re.compile(r'<td class="indicators-table__own">(.*?)</td>', re.S)


def test_every_province_card_shows_only_sourced_dated_figures(client):
    summary = {}
    cards = TerritoryPage.objects.filter(kind="province", locale__language_code="en").live()
    assert cards.count() == 12
    for card in cards:
        html = client.get(card.url).content.decode()
        assert "1995" not in html
        cells = CELL.findall(html)
        years = []
        for cell in cells:
            year = re.search(r'class="indicator-year">(\d{4})<', cell)
            assert year, f"{card.province_code}: a figure without a year"
            assert re.search(r'class="indicator-source"[^>]*>[^<\s][^<]*<', cell), f"{card.province_code}: no source"
            years.append(int(year.group(1)))
        assert cells, f"{card.province_code} shows no indicator"  # Cremona has only its population in the sources
        summary[card.province_code] = (len(cells), max(years), min(years))
    print("\nprovince: indicators shown, newest year, oldest year")
    for code, (count, newest, oldest) in sorted(summary.items()):
        print(f"{code}: {count}, {newest}, {oldest}")
