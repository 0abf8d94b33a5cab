"""The cost of doing business: each cost with its scope, year and source, or "not available", never a made-up figure."""

import re
from html import unescape

import pytest
import wagtail_factories

from indicators.models import CostOfDoingBusinessPage, Indicator
from tests.factories import translate
from tests.indicators.factories import IndicatorFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db
MISSING = "Not available: no sourced figure yet"


class CostPageFactory(wagtail_factories.PageFactory):
    title = "Test costs"
    slug = "costs"

    class Meta:
        model = CostOfDoingBusinessPage


@pytest.fixture
def cost_page(site_tree):
    wage = IndicatorFactory(
        key="wage", name="Test gross wage", unit="EUR/year", category=Indicator.Category.COSTS, cost_item="labour"
    )
    IndicatorValueFactory(indicator=wage, territory="MI", year=2023, value=31000, source="Test wage survey")
    IndicatorValueFactory(indicator=wage, territory="LOM", year=2022, value=28000, source="Test regional wages")
    rent = IndicatorFactory(key="rent", name="Test rent", category=Indicator.Category.COSTS, cost_item="rent")
    IndicatorValueFactory(indicator=rent, territory="IT", year=2024, value=55, source="Test rent report")
    population = IndicatorFactory(key="people", name="Test population")  # no cost: never on the page
    IndicatorValueFactory(indicator=population, territory="LOM", year=2024, value=10, source="Test census")
    page = CostPageFactory(
        parent=site_tree.en, body=[{"type": "costs", "value": {"heading": "Test costs in Milan", "territory": "MI"}}]
    )
    translate(page, title="Costi di prova", slug="costi")
    return page


def rows(html):
    """[(cost or "", figure, scope, value text)] of the first cost table."""
    table = html.split('<table class="figures-table">', 1)[1].split("</table>", 1)[0]
    found = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)[1:]:
        cells = [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        found.append(cells)
    return found


def test_each_cost_shows_its_figures_with_scope_year_and_source_or_says_not_available(client, cost_page):
    html = client.get("/en/costs/").content.decode()
    table = rows(html)
    assert table[0][:3] == ["Labour cost and wages", "Test gross wage", "Lombardy"]
    assert "28,000" in table[0][3] and "2022" in table[0][3] and "Test regional wages" in table[0][3]
    assert ["Industrial land prices", MISSING] in table
    assert ["Energy for industry", MISSING] in table
    assert ["Corporate taxes", MISSING] in table
    assert ["Social contributions", MISSING] in table
    rent = next(row for row in table if row[0] == "Industrial and logistics rents")
    assert rent[1:3] == ["Test rent", "Italy"] and "Test rent report" in rent[3]
    assert "Test population" not in html


def test_a_chosen_province_comes_first_and_a_wrong_one_is_explained(client, cost_page):
    table = rows(client.get("/en/costs/", {"province": "MI"}).content.decode())
    assert table[0][:3] == ["Labour cost and wages", "Test gross wage", "Milan"]
    assert table[1][:2] == ["Test gross wage", "Lombardy"]  # the same cost, its second row

    wrong = client.get("/en/costs/", {"province": "XX"})
    assert wrong.status_code == 200
    assert "Choose a province from the list." in wrong.content.decode()
    assert rows(wrong.content.decode())[0][2] == "Lombardy"


def test_the_block_an_editor_placed_shows_its_province_and_the_page_reads_in_italian(client, cost_page):
    html = client.get("/en/costs/").content.decode()
    assert "Test costs in Milan" in html
    block = html.split("Test costs in Milan", 1)[1]
    assert "31,000" in block and "Test wage survey" in block
    italian = client.get("/it/costi/").content.decode()
    assert "Non disponibile" in italian


def test_the_api_gives_every_cost_with_its_sourced_figures(client, cost_page):
    body = client.get(f"/api/v2/pages/{cost_page.pk}/").json()
    costs = {item["key"]: item["figures"] for item in body["costs"]}
    assert list(costs) == ["labour", "land", "rent", "energy", "tax", "contributions"]
    assert costs["labour"] == [
        {
            "indicator": "wage",
            "name": "Test gross wage",
            "scope": "Lombardy",
            "territory": "LOM",
            "value": 28000.0,
            "unit": "EUR/year",
            "year": 2022,
            "source": "Test regional wages",
            "url": "https://stats.example/table",
        }
    ]
    assert costs["energy"] == []


def test_the_demo_page_exists_in_both_languages_and_is_in_the_menu(client, site_tree):
    from home.models import NavigationSettings
    from indicators.demo.cost_page import CostPageLoader

    CostPageLoader(log=lambda _line: None).run()
    CostPageLoader(log=lambda _line: None).run()  # idempotent
    pages = CostOfDoingBusinessPage.objects.live()
    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["en", "it"]
    menu = NavigationSettings.for_site(site_tree.site).main_menu
    assert [block.value["page"].pk for block in menu] == [pages.get(locale__language_code="en").pk]
    assert "Costi per fare impresa" in client.get("/it/costi-per-fare-impresa/").content.decode()
