"""In headless Chromium: territory card -> success story -> sector page -> ecosystem entity, with axe scans."""

import pytest

from tests.browser.conftest import map_ready, pinned, wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, page):
    from home.demo.loader import DemoLoader
    from leads.demo import LeadsLoader
    from opportunities.demo.loader import OpportunityDemoLoader
    from sectors.demo.loader import SectorsLoader
    from stories.demo.loader import StoriesLoader
    from territories.demo.loader import TerritoryLoader
    from territories.demo.sector_links import TerritorySectorLinksLoader

    # Live-server tests empty the database after each test; the loaders rebuild what is missing.
    for loader in (
        DemoLoader,
        TerritoryLoader,
        LeadsLoader,
        SectorsLoader,
        OpportunityDemoLoader,
        TerritorySectorLinksLoader,
        StoriesLoader,
    ):
        loader(log=lambda _line: None).run()
    # No tile server in tests: markers and lists must work without tiles.
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def test_from_a_territory_card_to_a_story_and_an_ecosystem_entity(live_server, browser_page):
    from territories.models import TerritoryPage

    page = browser_page
    zls = TerritoryPage.objects.get(locale__language_code="en", kind="zls")
    page.goto(f"{live_server.url}{zls.url}")
    map_ready(page)
    # The card's map shows exactly the sites of its list.
    sites = page.locator("li.site").count()
    assert sites == pinned(page) > 0
    assert wcag_violations(page) == []

    page.get_by_role("link", name="A Chinese cold-chain operator builds a food-logistics hub in the ZLS").click()
    page.wait_for_url("**/en/success-stories/huaxin-cold-chain-cremona/")
    assert page.locator(".story__illustrative").is_visible()
    assert page.get_by_role("link", name=zls.title).count() == 1
    assert wcag_violations(page) == []

    page.locator(".story__facts").get_by_role("link", name="Transport & logistics").click()
    page.wait_for_url("**/en/sectors/transport-logistics/")
    assert page.get_by_role("heading", name="Research, clusters and innovation hubs of the sector").is_visible()
    assert wcag_violations(page) == []

    page.get_by_role("link", name="Associazione Cluster Lombardo della Mobilità").click()
    map_ready(page)
    assert "sector=transport-logistics" in page.url
    entity = page.locator("li.entity", has_text="Associazione Cluster Lombardo della Mobilità")
    assert entity.is_visible()
    assert page.evaluate("location.hash") == f"#{entity.get_attribute('id')}"
    # Entities whose seat is not verified are listed, not pinned.
    unplaced = page.locator("li.entity .entity__approx", has_text="not on the map").count()
    assert page.locator("li.entity").count() - unplaced == pinned(page)
    assert wcag_violations(page) == []
