"""Every template in every language, on a 320 px phone and a 1280 px desktop (issue 17): no WCAG A/AA
violation found by axe, and no sideways scrolling.

One page of each page type of the full factory site (tests/full_site.py) in English and Italian, and in
every language the home page and the views that are not pages: search with results, the shortlist
(holding two sites) and its comparison, the owners' portal sign-in and the noticeboard. In German,
French, Chinese, Japanese and Arabic the other pages are untranslated copies that send visitors to the
English page (tests/i18n/test_untranslated.py), which is checked in English.

One browser and one page serve every address; each address is loaded once, checked at 320 px, then
widened to 1280 px and checked again. Everything found is reported at once."""

import time

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "it", "de", "fr", "zh-hans", "ja", "ar"]
WIDTHS = [320, 1280]
SCROLLS_SIDEWAYS = "document.documentElement.scrollWidth > document.documentElement.clientWidth"


@pytest.fixture
def seven_language_site(live_server, settings):
    from django.core.cache import cache
    from wagtail.models import Collection

    from home.demo.locales import NewLocalesLoader
    from tests.full_site import build_full_site

    # A transactional test before this one flushed the root collection that migrations made; images need it.
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    site = build_full_site()
    settings.DEMO_NEW_LANGUAGES = LANGUAGES[2:]
    NewLocalesLoader(log=lambda line: None).run()
    settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP = 1000
    cache.clear()
    return site


def one_page_of_each_type(code):
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code=code, alias_of__isnull=True)
    first = {}
    for page in pages.order_by("path"):
        first.setdefault(page.content_type_id, page)
    return [page.url for page in first.values()]


def views(site, code):
    """The addresses in this language that are not pages of the tree."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=code)
    catalogue = site.catalogue.en.get_translation(locale)
    noticeboard = site.noticeboard.en.get_translation(locale)
    with translation.override(code):
        search = reverse("site_search")
        sign_in = reverse("owners:sign_in")
    return [
        f"/{code}/",
        f"{search}?q=test",
        f"{catalogue.url}shortlist/",
        f"{catalogue.url}shortlist/compare/",
        sign_in,
        noticeboard.url,
    ]


def test_no_axe_violation_and_no_sideways_scroll_in_any_language_at_320_and_1280_px(
    seven_language_site, live_server, chromium
):
    site = seven_language_site
    context = chromium.new_context(locale="en-GB", viewport={"width": WIDTHS[0], "height": 800})
    page = context.new_page()
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    started = time.monotonic()
    problems, checked = [], set()
    try:
        # Two sites on this browser's shortlist, for the shortlist and the comparison.
        for number in (0, 1):
            page.goto(live_server.url + site.sites[number].en.url)
            page.locator("form.shortlist-toggle button").first.click()
            page.wait_for_load_state()

        addresses = []
        for code in LANGUAGES:
            addresses += views(site, code)
            if code in ("en", "it"):
                addresses += one_page_of_each_type(code)
        for address in dict.fromkeys(addresses):
            page.set_viewport_size({"width": WIDTHS[0], "height": 800})
            response = page.goto(live_server.url + address)
            landed = page.url.removeprefix(live_server.url)
            if response.status != 200:
                problems.append(f"{address}: HTTP {response.status}")
                continue
            if landed in checked:  # an untranslated copy sent to a page already checked
                continue
            checked.add(landed)
            for width in WIDTHS:
                if width != WIDTHS[0]:
                    page.set_viewport_size({"width": width, "height": 900})
                    page.wait_for_timeout(50)  # one frame for the layout to follow
                if page.evaluate(SCROLLS_SIDEWAYS):
                    problems.append(f"{landed} at {width} px scrolls sideways")
                problems += [f"{landed} at {width} px: {v}" for v in wcag_violations(page)]
    finally:
        context.close()
    print(f"{len(checked)} pages checked at {WIDTHS} px in {time.monotonic() - started:.0f} s")
    assert len(checked) > 40  # every page type in two languages and every view in seven
    assert problems == [], "\n".join(problems)
