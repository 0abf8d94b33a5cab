"""A journey in headless Chromium: territory card -> ecosystem map, with tiles blocked, and an axe scan of each page."""

import pytest

from tests.browser.conftest import map_ready, pinned, wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, page):
    from home.demo.loader import DemoLoader
    from indicators.demo.loader import IndicatorLoader
    from news.demo.loader import NewsLoader
    from territories.demo.loader import TerritoryLoader

    # Live-server tests empty the database after each test; the loaders rebuild what is missing.
    for loader in (DemoLoader, IndicatorLoader, TerritoryLoader, NewsLoader):
        loader(log=lambda _line: None).run()
    # No tile server in tests: markers and lists must work without tiles.
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def test_from_a_territory_card_to_the_ecosystem_map(live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/territories/")
    map_ready(page)
    assert pinned(page) == 13  # every territory but the region-wide ZIS
    assert wcag_violations(page) == []

    page.get_by_role("link", name="Province of Pavia").first.click()
    page.wait_for_url("**/en/territories/pavia/")
    assert page.get_by_role("heading", level=1).inner_text() == "Province of Pavia"
    # Its sourced indicators, each with year and source (Pavia's editors' figures are gone with 1995/2013).
    assert page.locator("table.indicators-table").first.is_visible()
    assert page.locator("table.indicators-table .indicator-year").count() > 0
    assert wcag_violations(page) == []

    page.get_by_role("link", name="See them on the innovation-ecosystem map").click()
    map_ready(page)
    assert "province=PV" in page.url
    listed = page.locator("li.entity").count()
    # Entities whose seat is not verified are listed, not pinned.
    unplaced = page.locator("li.entity .entity__approx", has_text="not on the map").count()
    assert listed - unplaced == pinned(page) > 0
    assert wcag_violations(page) == []

    page.select_option("#id_category", "university")
    page.get_by_role("button", name="Show").click()
    map_ready(page)
    names = page.locator("li.entity .entity__name").all_inner_texts()
    assert sorted(names) == [
        "IUSS - Istituto Universitario di Studi Superiori di Pavia",
        "Università degli Studi di Pavia",
    ]
    assert pinned(page) == 2

    # Markers work from the keyboard: a cluster zooms in, a marker's popup leads to the entity in the list.
    pins = page.locator(".map .leaflet-marker-icon[data-count='1']")
    for _ in range(5):
        if pins.count():
            break
        page.locator(".map__cluster").first.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(400)
    pins.first.focus()
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup-content a")
    assert popup_link.get_attribute("href").startswith("#entity-")


def test_news_listing_event_and_calendar_link_pass_axe(live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/it/notizie/?type=event")
    assert page.locator("li.news-item").count() == 3
    assert wcag_violations(page) == []

    page.get_by_role("link", name="Webinar: investire nella ZLS Lombardia").click()
    page.wait_for_url("**/it/notizie/webinar-zls-lombardia/")
    assert wcag_violations(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Aggiungere al calendario (.ics)").click()
    assert download.value.suggested_filename == "webinar-zls-lombardia.ics"


def test_compare_and_rank_provinces_from_a_card(live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/territories/pavia/")
    page.get_by_role("link", name="Compare this territory with others").click()
    page.wait_for_url("**/en/territories/compare/**")
    for code in ("PV", "MI"):
        page.locator(f'input[name="t"][value="{code}"]').check()
    page.get_by_role("button", name="Compare").click()
    table = page.locator("table.indicators-table").first
    assert "Pavia" in table.inner_text() and "Milan" in table.inner_text()
    assert wcag_violations(page) == []

    page.goto(f"{live_server.url}/it/territori/confronta/?t=PV&t=MI")
    assert page.locator("html").get_attribute("lang") == "it"
    assert "Milano" in page.locator("table.indicators-table").first.inner_text()
    assert wcag_violations(page) == []
