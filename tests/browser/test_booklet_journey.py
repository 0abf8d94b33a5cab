"""A visitor reads a sector, makes a mistake in the booklet form, corrects it and gets the PDF, in both languages."""

import re

import pytest

from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JOURNEYS = {
    "en": {
        "sector": "/en/sectors/life-sciences/",
        "cta": "Browse and download the booklet",
        "fields": {
            "Full name": "Ada Lovelace",
            "Work e-mail": "ada@",  # the mistake
            "Company": "Analytical Engines Ltd",
            "Role": "Head of expansion",
        },
        "country": "Germany",
        "size": "50–249 employees",
        "stage": "Shortlisting locations",
        "consent": "I agree that my details are used to send me this booklet.",
        "submit": "Download the booklet (PDF)",
        "error": "Enter a valid email address.",
        "ready": "Your booklet is ready",
        "contact": "/en/contact/",
    },
    "it": {
        "sector": "/it/settori/scienze-della-vita/",
        "cta": "Sfogliare e scaricare l'opuscolo",
        "fields": {
            "Nome e cognome": "Ada Lovelace",
            "E-mail di lavoro": "ada@",
            "Azienda": "Analytical Engines Ltd",
            "Ruolo": "Responsabile espansione",
        },
        "country": "Germania",
        "size": "50–249 dipendenti",
        "stage": "Selezione delle località",
        "consent": "Acconsento all'uso dei miei dati per ricevere questo opuscolo.",
        "submit": "Scaricare l'opuscolo (PDF)",
        "error": "Inserisci un indirizzo email valido.",
        "ready": "Il Suo opuscolo è pronto",
        "contact": "/it/contatti/",
    },
}


@pytest.fixture
def demo_content(transactional_db):
    from home.demo.loader import DemoLoader
    from leads.demo import LeadsLoader
    from sectors.demo.loader import BookletsLoader, SectorsLoader

    # Booklets are printed from the sector pages once they are all loaded (BookletsLoader).
    for loader in (DemoLoader, LeadsLoader, SectorsLoader, BookletsLoader):
        loader(log=lambda line: None).run()


def test_booklet_journey_in_both_languages(live_server, demo_content, chromium):
    from django.core.cache import cache

    from leads.models import Download, Lead

    cache.clear()
    for lang, j in JOURNEYS.items():
        context = chromium.new_context(accept_downloads=True)
        page = context.new_page()
        try:
            page.goto(live_server.url + j["sector"])
            assert wcag_violations(page) == [], f"{lang} sector page"

            page.get_by_role("link", name=j["cta"]).click()
            page.wait_for_load_state()
            # The booklet printed from the page: its cover, with the PDF's page count.
            assert page.locator("#booklet-title").is_visible()
            assert re.search(r"PDF · \d+ (pages|pagine)", page.locator(".booklet-cover__meta").inner_text())
            assert wcag_violations(page) == [], f"{lang} booklet page"

            for label, value in j["fields"].items():
                page.get_by_label(label, exact=False).first.fill(value)
            page.locator("#id_country").select_option(label=j["country"])
            page.locator("#id_company_size").select_option(label=j["size"])
            page.get_by_label(j["stage"]).check()
            page.wait_for_timeout(2100)  # people take longer than two seconds; bots do not
            page.get_by_role("button", name=j["submit"]).click()
            page.wait_for_load_state()

            # The mistake is explained next to the field, and everything typed is still there.
            assert j["error"] in page.locator(".field--error").first.inner_text()
            assert page.locator("#id_company").input_value() == "Analytical Engines Ltd"
            assert page.locator("#id_stage_1").is_checked()
            assert wcag_violations(page) == [], f"{lang} form with errors"

            page.locator("#id_email").fill("ada@analytical.example")
            page.get_by_label(j["consent"]).check()
            with page.expect_download() as download_info:
                page.get_by_role("button", name=j["submit"]).click()
            download = download_info.value
            with open(download.path(), "rb") as handle:
                assert handle.read(5) == b"%PDF-"
            assert download.suggested_filename.endswith(".pdf")
            page.get_by_role("heading", name=j["ready"]).wait_for()
            assert wcag_violations(page) == [], f"{lang} ready page"

            page.goto(live_server.url + j["contact"])
            assert page.locator("#id_description").count() == 1
            assert wcag_violations(page) == [], f"{lang} contact page"
        finally:
            context.close()

    assert Lead.objects.count() == 1  # same address: the second journey joined the same lead
    lead = Lead.objects.get()
    # The lead keeps what its first submission stored; each journey is kept as it was sent.
    assert lead.language == "en"
    assert list(lead.submissions.order_by("pk").values_list("language", flat=True)) == ["en", "it"]
    assert Download.objects.filter(lead=lead).count() == 2
