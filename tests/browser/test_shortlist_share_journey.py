"""A visitor in headless Chromium shortlists three sites from the catalogue, compares them, downloads the
dossier (read back with pypdf: each site's title and facts in the visitor's language) and shares the list;
someone else, in a second browser with no cookies, opens the link and sees the same sites read-only, and
a changed link is refused. In English and in Italian; an axe scan of the catalogue, shortlist, compare
and shared pages. Built with factories, no demo."""

import io

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext
from pypdf import PdfReader

from home.formatting import square_metres
from tests.browser.conftest import wcag_violations
from tests.opportunities.factories import build_catalogue, make_site, translate_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CATALOGUE = {"en": "/en/opportunities/", "it": "/it/opportunita/"}
SITES = [
    # English title, Italian title, facts
    ("Test plot in Cremona", "Lotto di prova a Cremona", {"municipality": "Cremona", "province": "CR"}),
    ("Test shed in Mantova", "Capannone di prova a Mantova", {"municipality": "Mantova", "province": "MN"}),
    ("Test yard in Lodi", "Piazzale di prova a Lodi", {"municipality": "Lodi", "province": "LO"}),
]


@pytest.fixture
def catalogue(live_server, settings):
    from django.core.cache import cache

    settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP = 1000  # limits are tested in tests/opportunities
    tree = build_catalogue()
    sites = []
    for number, (title, it_title, facts) in enumerate(SITES):
        site = make_site(tree.index, title, site_area_m2=12500 + 1000 * number, owner_consent=True, **facts)
        sites.append((site, translate_site(site, it_title)))
    cache.clear()
    return sites


def pdf_text(data):
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def noindex(page):
    return page.locator('meta[name="robots"]').get_attribute("content") == "noindex"


@pytest.mark.parametrize("lang", ["en", "it"])
def test_shortlist_compare_dossier_and_a_share_link_opened_in_another_browser(live_server, chromium, catalogue, lang):
    with translation.override(lang):
        t = {
            "add": gettext("Add to shortlist"),
            "remove": gettext("Remove from shortlist"),
            "three": ngettext("Your shortlist (%(counter)s site)", "Your shortlist (%(counter)s sites)", 3)
            % {"counter": 3},
            "compare": gettext("Compare"),
            "dossier": gettext("Download the dossier (PDF)"),
            "shared": gettext("A shortlist of sites in Lombardy"),
            "refused": gettext("This shortlist link is not valid"),
            "key_facts": gettext("Key facts"),
            "site_area": gettext("Site area"),
        }
        # The text read back folds the no-break space between number and unit to a space.
        areas = [square_metres(en.site_area_m2).replace("\xa0", " ") for en, _it in catalogue]
    titles = [en.title if lang == "en" else it.title for en, it in catalogue]
    other_titles = [it.title if lang == "en" else en.title for en, it in catalogue]

    visitor = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = visitor.new_page()
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    try:
        page.goto(live_server.url + CATALOGUE[lang])
        assert wcag_violations(page) == [], f"{lang} catalogue"
        for title in titles:
            item = page.locator(".catalogue__item", has_text=title)
            item.get_by_role("button", name=f"{t['add']} – {title}").click()
            page.wait_for_load_state()
            item.get_by_role("button", name=f"{t['remove']} – {title}").wait_for()

        page.get_by_role("link", name=t["three"]).click()
        page.wait_for_load_state()
        assert sorted(page.locator(".shortlist__list .card__title").all_inner_texts()) == sorted(titles)
        assert wcag_violations(page) == [], f"{lang} shortlist"

        page.get_by_role("button", name=t["compare"]).click()
        page.wait_for_load_state()
        assert sorted(page.locator("table.compare__table thead th").all_inner_texts()) == sorted(titles)
        assert wcag_violations(page) == [], f"{lang} compare"
        page.go_back()
        page.wait_for_load_state()

        # Chromium opens an inline PDF in its viewer, which a headless test cannot read: the link is
        # fetched with this browser's own cookies instead.
        link = page.get_by_role("link", name=t["dossier"]).get_attribute("href")
        dossier = visitor.request.get(live_server.url + link)
        assert dossier.ok and dossier.headers["content-type"] == "application/pdf"
        text = pdf_text(dossier.body())
        assert t["key_facts"] in text
        for title, area in zip(titles, areas, strict=True):
            assert title in text and f"{t['site_area']} {area}" in text, (title, area)
        assert not any(other in text for other in other_titles)  # nothing in the other language

        share_url = page.locator("#share-link").input_value()
        path = share_url.split("://", 1)[1].split("/", 1)[1]
    finally:
        visitor.close()

    # Someone else: a new browser context has no cookie and no session of the sender.
    other = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = other.new_page()
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    try:
        response = page.goto(f"{live_server.url}/{path}")
        assert response.status == 200 and response.headers["x-robots-tag"] == "noindex"
        assert page.get_by_role("heading", level=1).inner_text() == t["shared"]
        assert sorted(page.locator(".shortlist__list .card__title").all_inner_texts()) == sorted(titles)
        assert page.locator("form.shortlist-toggle").count() == 0  # read-only: no add or remove buttons
        assert page.get_by_role("button", name=t["remove"]).count() == 0
        assert noindex(page)
        assert wcag_violations(page) == [], f"{lang} shared shortlist"

        token = path.rstrip("/").rsplit("/", 1)[1]
        tampered = path.replace(token, token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB"))
        response = page.goto(f"{live_server.url}/{tampered}")
        assert response.status == 404
        assert page.get_by_role("heading", level=1).inner_text() == t["refused"]
        assert page.locator(".shortlist__list").count() == 0 and noindex(page)
    finally:
        other.close()
