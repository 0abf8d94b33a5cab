"""The API documentation page in Chromium: both languages, reachable from the footer, axe-clean, fits a phone."""

import pytest

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, page):
    from home.demo.loader import DemoLoader

    # Live-server tests empty the database after each test; the loader rebuilds what is missing.
    DemoLoader(log=lambda _line: None).run()
    return page


def test_from_the_footer_to_the_api_documentation_in_both_languages(live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("contentinfo").get_by_role("link", name="Open API for developers").click()
    page.wait_for_url("**/en/api/")
    assert page.get_by_role("heading", level=1).inner_text() == "Open API for developers"
    # The examples use this site's own address, ready to copy.
    assert f'curl "{live_server.url}/api/v2/catalogue/?' in page.locator("main").inner_text()
    assert wcag_violations(page) == []

    page.get_by_role("link", name="Questa pagina in italiano").click()
    page.wait_for_url("**/it/api/")
    assert page.get_by_role("heading", level=1).inner_text() == "API aperte per sviluppatori"
    assert page.locator("html").get_attribute("lang") == "it"
    assert wcag_violations(page) == []

    # On a phone the long examples scroll inside their box; the page itself does not widen.
    page.set_viewport_size({"width": 360, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.console_errors == []
