"""The new languages in headless Chromium: the Arabic home page is laid out right to left, fits a
320 px phone without sideways scrolling, and has no WCAG A/AA violation at 320 and 1280 px; the
Chinese and Japanese home pages fit the phone too."""

import pytest

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seven_languages(live_server, settings):
    from home.demo.locales import NewLocalesLoader
    from tests.factories import build_site

    build_site()
    settings.DEMO_NEW_LANGUAGES = ["de", "fr", "zh-hans", "ja", "ar"]
    NewLocalesLoader(log=lambda line: None).run()


def scrolls_sideways(page):
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


def test_the_arabic_home_page_reads_right_to_left_on_a_phone_and_a_desktop(seven_languages, live_server, page):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{live_server.url}/ar/")

    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Mirrored: the brand, first in the header, starts at the right edge.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > 320 / 2
    assert not scrolls_sideways(page)
    assert wcag_violations(page) == []

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/ar/")
    assert not scrolls_sideways(page)
    assert wcag_violations(page) == []


@pytest.mark.parametrize("code", ["zh-hans", "ja", "de", "fr"])
def test_the_other_new_home_pages_fit_a_phone(seven_languages, live_server, page, code):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{live_server.url}/{code}/")

    assert page.locator("html").get_attribute("lang") == code
    assert not scrolls_sideways(page)
    assert wcag_violations(page) == []
