"""Real headless Chromium (Debian's package) driven by Playwright, and an axe-core scan helper.

`playwright install` cannot run here, so the system Chromium is launched by path.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA_TAGS = {"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"}


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM):
        from tests.conftest import IN_CI

        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django's async-safety check would refuse
    # the ORM calls the tests make around it.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.console_errors = errors
    yield page
    context.close()


def wcag_violations(page):
    """axe-core violations at WCAG A/AA level, as readable strings."""
    from axe_playwright_python.sync_playwright import Axe

    # Only the WCAG rules run: the same violations as running every rule and keeping these, in less time.
    only_wcag = {"runOnly": {"type": "tag", "values": sorted(WCAG_AA_TAGS)}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=only_wcag)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if WCAG_AA_TAGS & set(v["tags"])
    ]


def map_ready(page):
    """Scrolls to the page's map, as a visitor would, and waits until it is drawn: maps are built only
    when they come near the screen (static/js/map.js), and the catalogue's once its first view is in."""
    page.locator(".map").first.scroll_into_view_if_needed()
    page.wait_for_selector(".map.map--ready")


def pinned(page):
    """Places on the page's map, each cluster counted with its members (static/js/map.js clusters close pins)."""
    counts = page.locator(".map .leaflet-marker-icon").evaluate_all("els => els.map(e => Number(e.dataset.count))")
    return sum(counts)
