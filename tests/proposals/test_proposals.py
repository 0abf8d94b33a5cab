"""A proposal for a lead: a private page and its PDF at a signed address, in the proposal's language,
each reading recorded on the lead; an expired or tampered address is a clear page, never a 500."""

import datetime
import io
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone
from pypdf import PdfReader

from proposals import links
from proposals.models import Proposal, ProposalView

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 2, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def site(db, proposal_site):
    return proposal_site


@pytest.fixture
def proposal(site):
    with time_machine.travel(NOW, tick=False):
        proposal = Proposal.objects.create(
            lead=site.lead,
            title="Siti per il Suo stabilimento",
            covering_note="Test: due siti adatti al Suo progetto.",
            language="it",
        )
    proposal.sites.set([site.plant, site.yard])
    proposal.sectors.set([site.mechanics])
    proposal.incentives.set([site.grant])
    return proposal


def address(proposal):
    return f"/p/{links.token_for(proposal)}/"


def test_the_page_shows_the_proposal_in_its_language_and_records_the_reading(client, proposal):
    with time_machine.travel(NOW + datetime.timedelta(days=3), tick=False):
        response = client.get(address(proposal), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    body = response.content.decode().replace("\xa0", " ")
    assert '<html lang="it"' in body
    assert "Stabilimento di prova a Brescia" in body  # the site's Italian translation
    assert "Test yard in Lodi" in body  # not translated: shown as chosen
    assert "24.000 m²" in body and "1.250.000" in body  # Italian number format
    assert "Meccanica di prova" in body and "Contributo di prova per la ricerca" in body
    assert "Test: due siti adatti al Suo progetto." in body
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in body
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    [reading] = ProposalView.objects.filter(proposal=proposal)
    assert reading.form == "page"
    assert reading.viewed_at == NOW + datetime.timedelta(days=3)
    assert {f.name for f in ProposalView._meta.fields} == {"id", "proposal", "form", "viewed_at"}  # no address


@override_settings(PAGE_CACHE_SECONDS=600)
def test_every_reading_is_recorded_even_with_the_page_cache_on(client, proposal):
    for _ in range(2):
        with time_machine.travel(NOW, tick=False):
            assert client.get(address(proposal)).status_code == 200
    assert ProposalView.objects.filter(proposal=proposal).count() == 2


def test_the_link_expires(client, proposal):
    assert proposal.expires_at == NOW + datetime.timedelta(days=30)
    with time_machine.travel(proposal.expires_at - datetime.timedelta(minutes=1), tick=False):
        assert client.get(address(proposal)).status_code == 200
    with time_machine.travel(proposal.expires_at + datetime.timedelta(minutes=1), tick=False):
        response = client.get(address(proposal))
        pdf = client.get(address(proposal) + "pdf/")
    assert response.status_code == 410
    assert "Questa proposta è scaduta" in response.content.decode()
    assert response["X-Robots-Tag"].startswith("noindex")
    assert pdf.status_code == 410
    assert ProposalView.objects.filter(proposal=proposal).count() == 1


@pytest.mark.parametrize("damage", [lambda t: t[:-3] + "abc", lambda t: "x" + t, lambda t: "nonsense", lambda t: "%00"])
def test_a_tampered_address_is_a_clear_404(client, proposal, damage):
    response = client.get(f"/p/{damage(links.token_for(proposal))}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "This address does not lead to a proposal" in response.content.decode()
    assert not ProposalView.objects.exists()


def test_a_deleted_proposal_is_a_404(client, proposal):
    token = links.token_for(proposal)
    proposal.delete()
    assert client.get(f"/p/{token}/").status_code == 404


def test_the_pdf_holds_the_sites_facts_and_records_a_pdf_reading(client, proposal):
    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        response = client.get(address(proposal) + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Robots-Tag"].startswith("noindex")
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(page.extract_text() for page in pages).replace("\xa0", " ")
    assert "Stabilimento di prova a Brescia" in text
    assert "24.000 m²" in text
    assert "Scaricare in PDF" not in text  # the page's own link is not printed
    assert list(ProposalView.objects.values_list("form", flat=True)) == ["pdf"]


def staff(client):
    user = get_user_model().objects.create_superuser("staff", "staff@agency.example", "a long enough password")
    client.force_login(user)
    return user


def test_the_leads_page_lists_its_proposals_and_their_readings(client, site, proposal):
    ProposalView.objects.create(proposal=proposal, form="pdf")
    staff(client)
    body = client.get(f"/admin/leads/inspect/{site.lead.pk}/").content.decode()
    assert "Siti per il Suo stabilimento" in body
    assert "(PDF)" in body
    assert f"/admin/proposals/new/?lead={site.lead.pk}" in body


def test_staff_assemble_a_proposal_from_a_lead(client, site):
    site.lead.shortlisted_opportunities.set([site.yard])
    user = staff(client)
    form = client.get(f"/admin/proposals/new/?lead={site.lead.pk}")
    assert form.status_code == 200
    checked = re.findall(r'name="sites" value="(\d+)"[^>]*checked', form.content.decode())
    assert checked == [str(site.yard.pk)]
    expires = (timezone.now() + datetime.timedelta(days=10)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        f"/admin/proposals/new/?lead={site.lead.pk}",
        {
            "lead": site.lead.pk,
            "title": "Test proposal",
            "language": "en",
            "covering_note": "Test note.",
            "sites": [site.plant.pk],
            "expires_at": expires,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    created = Proposal.objects.get(title="Test proposal")
    assert created.created_by == user
    assert list(created.sites.all()) == [site.plant]
    inspect = client.get(f"/admin/proposals/inspect/{created.pk}/").content.decode()
    assert links.url_for(created) in inspect


def test_a_proposal_is_not_in_the_sitemap(client, proposal):
    assert "/p/" not in client.get("/sitemap.xml").content.decode()
