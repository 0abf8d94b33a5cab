"""Two journeys in headless Chromium, with an axe scan of every page visited:
an investor shortlists, compares and sends one enquiry; an owner signs in by e-mail link and uploads the template."""

import io
import re

import pytest
from openpyxl import load_workbook

from tests.browser.conftest import map_ready, wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, page, settings, monkeypatch):
    from django.core.cache import cache

    from home.demo.loader import DemoLoader
    from leads.demo import LeadsLoader
    from opportunities.demo.loader import OpportunityDemoLoader
    from sectors.demo.loader import SectorsLoader
    from territories.demo.loader import TerritoryLoader

    # Live-server tests empty the database after each test; the loaders rebuild what is missing.
    for loader in (DemoLoader, TerritoryLoader, LeadsLoader, SectorsLoader, OpportunityDemoLoader):
        loader(log=lambda _line: None).run()
    cache.clear()
    settings.LEADS_FORM_MIN_SECONDS = 0  # the anti-bot delay is tested in tests/leads
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def assert_accessible(page, where):
    assert wcag_violations(page) == [], where


def test_investor_shortlists_two_sites_compares_and_sends_one_enquiry(live_server, browser_page):
    from leads.models import Lead

    page = browser_page
    page.goto(f"{live_server.url}/en/opportunities/")
    map_ready(page)
    page.locator("#id_province").get_by_label("Cremona (").check()
    page.locator("#id_province").get_by_label("Mantua (").check()
    page.fill("#id_min_site_area", "40000")
    page.get_by_role("button", name="Show sites").click()
    map_ready(page)
    assert "province=CR" in page.url and "min_site_area=40000" in page.url
    assert_accessible(page, "filtered catalogue")
    items = page.locator(".catalogue__item")
    first, second = items.nth(0), items.nth(1)
    first_title = first.locator(".card__title").inner_text()
    second_title = second.locator(".card__title").inner_text()

    first.get_by_role("link", name=first_title).click()
    map_ready(page)
    assert page.get_by_role("heading", level=1).inner_text() == first_title
    assert_accessible(page, "site page")
    page.get_by_role("button", name="Add to shortlist").click()
    assert page.get_by_role("button", name="Remove from shortlist").is_visible()
    assert page.get_by_role("link", name="Your shortlist (1 site)").is_visible()

    page.go_back()
    page.go_back()
    page.wait_for_selector(".catalogue__item")
    page.locator(".catalogue__item").nth(1).get_by_role("button", name="Add to shortlist").click()
    page.get_by_role("link", name="Your shortlist (2 sites)").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your shortlist"
    assert_accessible(page, "shortlist")

    page.get_by_role("button", name="Compare").click()
    headers = page.locator("table.compare__table thead th").all_inner_texts()
    assert sorted(headers) == sorted([first_title, second_title])
    assert page.locator("table.compare__table tbody tr").count() >= 10
    assert_accessible(page, "compare")

    page.get_by_role("link", name="Back to your shortlist").click()
    page.locator("#id_name").fill("Ada Lovelace")
    page.locator("#id_email").fill("ada@analytical.example")
    page.locator("#id_company").fill("Analytical Engines Ltd")
    page.locator("#id_role").fill("Head of expansion")
    page.locator("#id_country").select_option(label="Germany")
    page.locator("#id_description").fill("We would like to visit both sites.")
    page.get_by_role("button", name="Send the enquiry").click()
    assert "We can only answer with your agreement" in page.locator(".error-summary").inner_text()
    assert_accessible(page, "shortlist form with a mistake")
    page.get_by_label("I agree that the investment team uses my details").check()
    page.get_by_role("button", name="Send the enquiry").click()
    assert "your enquiry about these sites has been sent" in page.locator(".notice--success").inner_text()
    assert_accessible(page, "shortlist sent")

    lead = Lead.objects.get()
    assert sorted(lead.shortlisted_opportunities.values_list("title", flat=True)) == sorted([first_title, second_title])


def workbook(rows):
    from opportunities.excel import COLUMNS, SHEET, build_template

    book = load_workbook(io.BytesIO(build_template()))
    positions = {name: column for column, (name, *_rest) in enumerate(COLUMNS, start=1)}
    for offset, row in enumerate(rows):
        for name, value in row.items():
            book[SHEET].cell(row=3 + offset, column=positions[name], value=value)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


SITE = {
    "reference": "PO-1",
    "title": "Riverside logistics plot",
    "kind": "area",
    "category": "greenfield",
    "municipality": "Casalmaggiore",
    "province": "CR",
    "site_area_m2": 30000,
    "ownership": "private",
    "tenure": "sale",
    "owner_consent": "sì",
}


def upload(page, rows):
    page.locator("#id_file").set_input_files(
        files=[{"name": "sites.xlsx", "mimeType": "application/octet-stream", "buffer": workbook(rows)}]
    )
    page.get_by_role("button", name="Upload the file").click()


def test_owner_signs_in_by_e_mail_uploads_the_template_fixes_a_mistake_and_follows_the_status(
    live_server, browser_page
):
    from django.core import mail

    page = browser_page
    page.goto(f"{live_server.url}/en/owners/sign-in/")
    assert_accessible(page, "sign-in")
    page.get_by_label("Your e-mail").fill("owner@padana.example")
    page.get_by_role("button", name="Send me the sign-in link").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your inbox"
    assert_accessible(page, "link sent")

    # The e-mail's link is on the site's public address (PUBLIC_BASE_URL); here that site is the live server.
    path = re.search(r"http://testserver(/en/owners/sign-in/link/\S+)", mail.outbox[-1].body).group(1)
    page.goto(f"{live_server.url}{path}")
    assert_accessible(page, "sign-in confirmation")
    page.get_by_role("button", name="Sign in to the owners' portal").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your details"
    assert_accessible(page, "details")
    page.get_by_label("Full name").fill("Giulia Bianchi")
    page.get_by_label("Tax code or VAT number").fill("IT01234567890")
    page.get_by_label("Owner", exact=True).check()
    page.get_by_role("button", name="Save my details").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your submissions"
    assert_accessible(page, "dashboard")

    page.get_by_role("link", name="Upload the Excel template").click()
    assert_accessible(page, "upload")
    upload(page, [SITE, {**SITE, "reference": "PO-2", "title": "Second plot", "province": "MN"}])
    report = page.locator("table.owners__report").inner_text()
    assert "We found 1 mistake in your file: nothing was imported." in page.locator(".error-summary").inner_text()
    assert "4" in report and "Provincia / Province" in report and "Casalmaggiore is in the province of CR." in report
    assert_accessible(page, "upload with a mistake")

    upload(page, [SITE, {**SITE, "reference": "PO-2", "title": "Second plot"}])
    assert page.get_by_role("heading", level=1).inner_text() == "Your submissions"
    items = page.locator(".owners__item")
    assert items.count() == 2
    assert all("Status: Submitted" in text for text in items.all_inner_texts())
    assert_accessible(page, "dashboard with submissions")
