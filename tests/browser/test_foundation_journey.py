"""Home in English, switch to Italian, open a standard page: each page passes an axe WCAG A/AA scan."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo():
    # Live-server tests empty the database after each test; the loader rebuilds what is missing,
    # Wagtail's roots included.
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_home_in_english_then_italian_then_a_standard_page(live_server, demo, page):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Your Lombardy way")
    assert wcag_violations(page) == []

    page.get_by_role("navigation", name="Language").get_by_role("link", name="IT").click()
    page.wait_for_url(f"{live_server.url}/it/")
    assert page.locator("html").get_attribute("lang") == "it"
    assert "Salta al contenuto principale" in page.locator(".skip-link").inner_text()
    assert wcag_violations(page) == []

    page.get_by_role("navigation", name="Principale").get_by_role("link", name="Perché la Lombardia").click()
    page.wait_for_url(f"{live_server.url}/it/perche-la-lombardia/")
    assert page.get_by_role("heading", level=1).inner_text() == "Perché la Lombardia"
    assert page.get_by_role(
        "table", name="Progetti di investimento diretto estero, Italia e Lombardia, 2018–2023"
    ).is_visible()
    assert wcag_violations(page) == []
    assert page.console_errors == []


def test_skip_link_and_keyboard_focus(live_server, demo, page):
    page.goto(f"{live_server.url}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_narrow_phone_screen_has_no_horizontal_scroll(live_server, demo, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    phone = context.new_page()
    for path in ("/en/", "/it/perche-la-lombardia/"):
        phone.goto(f"{live_server.url}{path}")
        overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, path
    # The menu collapses behind a button that opens it.
    phone.goto(f"{live_server.url}/en/")
    menu_link = phone.get_by_role("navigation", name="Main").get_by_role("link", name="Why Lombardy")
    assert not menu_link.is_visible()
    toggle = phone.get_by_role("button", name="Menu")
    assert toggle.is_visible()
    toggle.click()
    assert menu_link.is_visible()
    context.close()


def test_editor_can_open_the_page_editor_under_the_sites_security_policy(live_server, demo, page):
    from django.contrib.auth import get_user_model

    from home.models import HomePage

    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")
    assert page.get_by_label("Hero title").input_value().startswith("Your Lombardy way")
    blocked = [e for e in page.console_errors if "Content Security Policy" in e]
    assert blocked == []


def test_visitor_searches_the_site_from_the_header(live_server, demo, page):
    page.goto(f"{live_server.url}/en/why-lombardy/")
    page.get_by_role("link", name="Search", exact=True).click()
    page.get_by_label("What are you looking for?").fill("investors")
    page.get_by_role("button", name="Search").click()
    count = page.get_by_role("status").first.inner_text()
    assert count.endswith("results for “investors”")
    shown = page.locator(".search-results:not(.search-results--promoted) > li").count()
    assert shown == min(int(count.split()[0]), 10)
    assert page.locator("#main").get_by_role("link", name="Services for investors").is_visible()
    assert wcag_violations(page) == []
