"""An investor asks about one site of the catalogue: the enquiry becomes a lead tied to that site."""

import pytest
from django.core import mail

from leads.models import ConsentRecord, Lead
from opportunities.models import OpportunityPage
from sectors.models import Country
from tests.factories import built_once_per_module
from tests.leads.factories import build_enquiry_catalogue
from tests.leads.helpers import _country_key, started

pytestmark = pytest.mark.django_db


# The catalogue is added once for the module to the folder's site; each test's changes are rolled
# back (tests/factories.py).
_enquiry_catalogue = built_once_per_module(build_enquiry_catalogue)


@pytest.fixture
def enquiry_site(_lead_site, _enquiry_catalogue, db):
    return _enquiry_catalogue


def a_site(lang="en"):
    return (
        OpportunityPage.objects.live().filter(locale__language_code=lang, owner_consent=True).order_by("path").first()
    )


def enquiry(lang="en", **overrides):
    data = {
        "name": "Grace Hopper",
        "email": "grace@compilers.example",
        "company": "Compilers Inc.",
        "role": "Site selection lead",
        "country": Country.objects.get(locale__language_code=lang, translation_key=_country_key("Germany")).pk,
        "description": "Can we visit in March? We need 20 MW.",
        "consent_contact": "on",
        "website": "",
        "form_started": started(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_the_detail_page_offers_the_enquiry_form(client, enquiry_site):
    site = a_site()
    html = client.get(site.url).content.decode()
    assert "Ask about this site" in html
    assert f'action="/en/booklets/enquiry/{site.pk}/"' in html


def test_an_enquiry_becomes_a_lead_tied_to_the_site(client, enquiry_site, settings):
    settings.LEADS_NOTIFY_EMAILS = ["team@example.org"]
    site = a_site()
    response = client.post(f"/en/booklets/enquiry/{site.pk}/", enquiry())
    assert response.status_code == 302
    assert response["Location"].endswith("?enquiry=sent#enquiry")
    lead = Lead.objects.get(email="grace@compilers.example")
    assert lead.kind == Lead.Kind.ENQUIRY
    assert lead.opportunity_id == site.pk
    assert lead.description == "Can we visit in March? We need 20 MW."
    assert list(lead.consents.values_list("purpose", flat=True)) == [ConsentRecord.Purpose.CONTACT]
    assert len(mail.outbox) == 1
    assert "Thank you: your enquiry has been sent" in client.get(response["Location"]).content.decode()


def test_an_enquiry_without_consent_is_refused_in_italian_and_keeps_the_text(client, enquiry_site):
    site = a_site("it")
    response = client.post(f"/it/booklets/enquiry/{site.pk}/", enquiry("it", consent_contact=None))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Can we visit in March? We need 20 MW." in html
    assert "Richiesta su" in html
    assert not Lead.objects.filter(email="grace@compilers.example").exists()


def test_a_site_without_the_owners_consent_takes_no_enquiry(client, enquiry_site):
    site = a_site()
    OpportunityPage.objects.filter(pk=site.pk).update(owner_consent=False)
    assert client.post(f"/en/booklets/enquiry/{site.pk}/", enquiry()).status_code == 404
    assert not Lead.objects.filter(email="grace@compilers.example").exists()


def test_staff_see_the_site_an_enquiry_is_about(admin_client, client, enquiry_site):
    site = a_site()
    client.post(f"/en/booklets/enquiry/{site.pk}/", enquiry())
    lead = Lead.objects.get(email="grace@compilers.example")
    html = admin_client.get(f"/admin/leads/inspect/{lead.pk}/").content.decode()
    assert site.title in html
