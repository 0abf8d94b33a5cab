"""An investor in headless Chromium states a brief, reads the ranked sites and why, saves the search as
an alert and confirms it from the e-mail; an axe scan of each page. Built with factories, no demo."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.opportunities.factories import build_catalogue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_brief_ranked_sites_save_alert_confirm(live_server, page, settings):
    settings.LEADS_FORM_MIN_SECONDS = 0
    tree = build_catalogue()
    make_site(tree.index, "Bergamo small shed", province="BG", municipality="Bergamo", power_kw=1500)
    make_site(tree.index, "Bergamo power hub", province="BG", municipality="Dalmine", power_kw=2500)
    make_site(tree.index, "Brescia depot", province="BS", municipality="Brescia", power_kw=5000)
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())

    page.goto(f"{live_server.url}/en/opportunities/")
    page.get_by_text("State your needs").click()
    page.fill("#id_need_power", "2000")
    page.locator("#need-province").get_by_label("Bergamo").check()
    page.locator("#must-province").check()
    page.get_by_role("button", name="Show sites").click()
    expect(page.locator(".catalogue__total")).to_have_text("2 sites match")
    assert "need_power=2000" in page.url and "must=province" in page.url
    titles = page.locator(".catalogue__item .card__title").all_inner_texts()
    assert titles == ["Bergamo power hub", "Bergamo small shed"]  # Brescia fails the must-have
    second = page.locator(".catalogue__item").nth(1)
    assert "Meets 1 of 2 needs" in second.inner_text()
    assert "1,500 kW of 2,000 kW asked" in second.inner_text()
    assert serious_violations(page) == []

    page.get_by_role("link", name="Get e-mail alerts for this search").click()
    page.fill("#id_email", "investor@example.com")
    page.get_by_label("Send me e-mails about new or changed sites").check()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Save the search").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your inbox"
    assert serious_violations(page) == []

    (message,) = mail.outbox
    confirm_url = re.search(r"https?://\S+/confirm/\S+", message.body).group(0)
    page.goto(live_server.url + "/" + confirm_url.split("://", 1)[1].split("/", 1)[1])
    assert serious_violations(page) == []
    page.get_by_role("button", name="Confirm the alert").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your alerts"
    assert "investor@example.com" in page.content()
    assert serious_violations(page) == []
