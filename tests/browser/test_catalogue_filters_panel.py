"""The catalogue on a 320 px phone, in English and Arabic (issue 17): the first result in the first screen,
the filters folded under a button whose count follows them, every card with its picture; on a desktop
the filters beside the results. An axe scan at 320 and 1280 px."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 320, "height": 800}  # as tests/browser/test_mobile_layout.py
DESKTOP = {"width": 1280, "height": 900}
# Fourteen sites: three in the province of Cremona.
PLACES = [("Cremona", "CR")] * 3 + [("Mantova", "MN")] * 5 + [("Segrate", "MI")] * 6
INTRO = {
    "en": "Available areas, buildings and investment projects across Lombardy, with their facts, "
    "straight-line distances to infrastructure and special zones. Filter, compare and download them.",
    "ar": "مساحات ومبانٍ ومشاريع استثمارية متاحة في أنحاء لومبارديا، مع بياناتها والمسافات المستقيمة "
    "إلى البنية التحتية والمناطق الخاصة. صفِّها وقارن بينها ونزِّلها.",
}
# The button's words for all fourteen sites, and for the three of Cremona ("few" and "many" in Arabic).
BUTTON = {
    "en": ("Filters (14 sites)", "Filters (3 sites)"),
    "ar": ("عوامل التصفية (14 موقعًا)", "عوامل التصفية (3 مواقع)"),
}
URL = {"en": "/en/opportunities/", "ar": "/ar/opportunities/"}


def in_arabic(page, **fields):
    """The page's Arabic translation, published (a real translation, not a synchronised copy)."""
    from wagtail.models import Locale

    arabic, _created = Locale.objects.get_or_create(language_code="ar")
    translated = page.copy_for_translation(arabic)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@pytest.fixture
def catalogue(live_server):
    from opportunities.models import OpportunityIndexPage
    from tests.opportunities.factories import OpportunityPageFactory, build_catalogue

    tree = build_catalogue()
    index = OpportunityIndexPage.objects.get(pk=tree.index.pk)
    index.intro = INTRO["en"]
    index.save_revision().publish()
    in_arabic(tree.en, title="الصفحة الرئيسية")
    in_arabic(index, title="المواقع", slug="opportunities", intro=INTRO["ar"])
    for number, (municipality, province) in enumerate(PLACES):
        site = OpportunityPageFactory(
            parent=index, title=f"Site {number:02d} in {municipality}", municipality=municipality, province=province
        )
        in_arabic(site, title=f"موقع {number:02d}", slug=f"site-{number:02d}-ar")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_results_come_first_and_the_filters_fold_under_a_counting_button(
    catalogue, live_server, page, language
):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + URL[language])
    first = page.locator(".catalogue__item").first
    title = first.locator(".card__title").bounding_box()
    assert title["y"] + title["height"] <= PHONE["height"]  # the first result's title in the first screen
    # Every card carries its picture: a map marked as one, since no photo was uploaded.
    assert page.locator(".catalogue__item").count() == page.locator(".catalogue__item svg.locator").count() == 12

    toggle = page.locator("[data-filters-toggle]")
    panel = page.locator("#catalogue-filters")
    expect(toggle).to_have_text(BUTTON[language][0])
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert toggle.bounding_box()["height"] >= 44
    expect(panel).to_be_hidden()
    assert wcag_violations(page) == []

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    panel.locator("#id_province input[value=CR]").check()
    # The count follows the filters before the form is sent, on the button and in the polite status.
    expect(toggle).to_have_text(BUTTON[language][1])
    expect(page.locator("[data-live-count][role=status]")).to_contain_text("3")
    assert wcag_violations(page) == []

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(panel).to_be_hidden()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_desktop_the_filters_stay_beside_the_results(catalogue, live_server, page, language):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + URL[language])
    expect(page.locator("[data-filters-toggle]")).to_be_hidden()
    panel = page.locator("#catalogue-filters").bounding_box()
    results = page.locator(".catalogue__results").bounding_box()
    assert abs(panel["y"] - results["y"]) < 50  # side by side, not one above the other
    # The map reads left to right in both languages; the panel is on the reading side.
    assert page.locator(".catalogue__item svg.locator").first.get_attribute("dir") == "ltr"
    assert (panel["x"] < results["x"]) == (language == "en")
    assert wcag_violations(page) == []


def test_without_javascript_the_filters_follow_the_results(catalogue, live_server, chromium):
    context = chromium.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + URL["en"])
    assert page.locator("[data-filters-toggle]").is_hidden()
    panel = page.locator("#catalogue-filters")
    assert panel.is_visible()
    assert panel.bounding_box()["y"] > page.locator(".catalogue__item").first.bounding_box()["y"]
    context.close()
