"""The contact / assistance request form on the contact page."""

import pytest
from django.core import mail

from leads.models import Lead
from tests.factories import StandardPageFactory
from tests.leads.factories import CONTACT_HEADING, contact_form_block
from tests.leads.helpers import contact_data

pytestmark = pytest.mark.django_db


def test_an_assistance_request_becomes_a_lead(client, sector_site, settings):
    settings.LEADS_NOTIFY_EMAILS = ["team@invest.example"]
    response = client.post("/en/contact/", contact_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/?sent=1"
    assert "your request has reached the investment team" in client.get(response["Location"]).content.decode()

    lead = Lead.objects.get()
    assert (lead.kind, lead.service, lead.timeline, lead.jobs_band, lead.capex_band) == (
        "contact",
        "site_search",
        "6-12",
        "50-249",
        "10-50m",
    )
    assert lead.description == "A 5,000 m² plant near Brescia."
    assert list(lead.consents.values_list("purpose", flat=True)) == ["contact"]
    assert [m.to for m in mail.outbox] == [["team@invest.example"]]


def test_a_request_without_consent_is_refused_in_italian_and_keeps_the_text(client, sector_site):
    response = client.post("/it/contatti/", contact_data("it", consent_contact=None, service=None))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Possiamo risponderLe solo con il Suo consenso: spunti questa casella." in html
    assert "Questo campo è obbligatorio." in html
    assert "A 5,000 m² plant near Brescia.</textarea>" in html
    assert 'href="/it/privacy/"' in html
    assert Lead.objects.count() == 0


def test_the_contact_form_block_on_a_sector_page_sends_to_the_contact_page(client, sector_site):
    html = client.get("/it/settori/scienze-della-vita/").content.decode()
    assert CONTACT_HEADING["it"] in html
    assert '<form class="lead-form" method="post" action="/it/contatti/" novalidate>' in html
    assert 'name="description"' in html
    response = client.post("/it/contatti/", contact_data("it", description="Laboratorio a Milano"))
    assert response["Location"] == "/it/contatti/?sent=1"
    assert Lead.objects.get().language == "it"


def test_editors_can_place_the_contact_form_on_any_standard_page(client, sector_site):
    contact = sector_site.contact
    StandardPageFactory(
        parent=sector_site.tree.en, slug="investor-services", body=[contact_form_block(contact, "Talk to us")]
    )
    html = client.get("/en/investor-services/").content.decode()
    assert ">Talk to us<" in html
    assert f'action="{contact.url}"' in html
