"""An investor in headless Chromium: filter the catalogue, check map and list agree, open a site,
print its dossier; an axe scan of each page. Map tiles are blocked: markers and lists must work."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import map_ready, pinned

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, page):
    from home.demo.loader import DemoLoader
    from opportunities.demo.loader import OpportunityDemoLoader

    DemoLoader(log=lambda _line: None).run()
    OpportunityDemoLoader(log=lambda _line: None).run()
    # The shared Chromium of tests/browser/conftest.py: one Playwright loop for the whole session.
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_investor_filters_the_catalogue_and_opens_a_dossier(live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/opportunities/")
    map_ready(page)
    assert page.locator(".catalogue__total").inner_text() == "60 sites match"
    assert page.locator(".catalogue__item").count() == 12  # first page of the list
    assert pinned(page) == 60  # the map: every page of the list
    assert serious_violations(page) == []

    page.locator("#id_province").get_by_label("Cremona (").check()
    page.locator("#id_province").get_by_label("Mantua (").check()
    page.fill("#id_min_site_area", "40000")
    page.locator("#id_min_site_area").press("Tab")  # leaving the field is a change
    # The count is announced before the form is sent, and agrees with the results that follow.
    expect(page.locator("[data-live-count]")).to_have_text("Sites matching these filters: 8")
    page.get_by_role("button", name="Show sites").click()
    map_ready(page)
    assert "province=CR" in page.url and "province=MN" in page.url and "min_site_area=40000" in page.url
    titles = page.locator(".catalogue__item .card__title").all_inner_texts()
    assert len(titles) == pinned(page) == 8
    assert page.locator(".catalogue__total").inner_text() == "8 sites match"
    assert serious_violations(page) == []

    page.get_by_role("link", name="Logistics plots at the Valdaro inland port").click()
    map_ready(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Logistics plots at the Valdaro inland port"
    assert pinned(page) == 1
    assert serious_violations(page) == []

    # The print dossier drops navigation and the map, keeps the facts and distances.
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".map").is_visible()
    assert page.locator("#facts-title").is_visible() and page.locator("#distances-title").is_visible()
