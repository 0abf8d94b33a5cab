"""The site's forms through the API: same checks, consents, limits and translated messages."""

import time

import pytest
import time_machine
from django.core import mail

from leads.models import ConsentRecord, Download, Lead
from opportunities.models import OpportunityPage
from tests.api.helpers import (
    a_sector,
    a_site,
    booklet_request,
    contact_request,
    enquiry_request,
    post_json,
)

pytestmark = pytest.mark.django_db


def booklet_url(lang="en"):
    return f"/api/v2/leads/booklet/{a_sector(lang).pk}/?locale={lang}"


@pytest.mark.parametrize(
    ("lang", "label", "consent"),
    [
        ("en", "Full name", "I agree that my details are used to send me this booklet."),
        ("it", "Nome e cognome", "Acconsento all'uso dei miei dati per ricevere questo opuscolo."),
    ],
)
def test_the_booklet_form_is_described_in_each_language(client, full_site, lang, label, consent):
    data = client.get(booklet_url(lang)).json()
    fields = {f["name"]: f for f in data["fields"]}
    assert fields["name"]["label"] == label
    assert fields["consent_download"]["required"] is True
    assert fields["consent_download"]["label"] == consent
    assert fields["website"]["honeypot"] is True
    assert fields["website"]["required"] is False
    assert "form_started" not in fields and data["form_started"]
    # Countries come in the request's language, ready for a <select>.
    assert len(fields["country"]["choices"]) > 5
    assert data["submit_url"].endswith(booklet_url(lang).split("?")[0])


def test_a_booklet_request_returns_a_signed_link_to_the_pdf_and_records_the_lead(client, full_site):
    response = post_json(client, booklet_url(), booklet_request())
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["expires_in"] == 15 * 60
    lead = Lead.objects.get(email="ada@analytical.example")
    assert lead.kind == Lead.Kind.BOOKLET
    assert set(lead.consents.values_list("purpose", flat=True)) == {ConsentRecord.Purpose.DOWNLOAD}
    assert Download.objects.filter(lead=lead).count() == 1
    pdf = client.get(body["download_url"])
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert len(mail.outbox) == 1  # the same link, by e-mail
    # The API keeps no session: no cookie is set.
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "We can only send the booklet with your agreement: tick this box."),
        ("it", "Possiamo inviarLe l'opuscolo solo con il Suo consenso: spunti questa casella."),
    ],
)
def test_a_missing_consent_is_refused_field_by_field_in_the_request_language(client, full_site, lang, message):
    response = post_json(client, booklet_url(lang), booklet_request(lang, consent_download=False, email="not-an-email"))
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_input" and error["status"] == 400
    assert error["fields"]["consent_download"] == [{"code": "required", "message": message}]
    assert error["fields"]["email"][0]["code"] == "invalid"
    assert not Lead.objects.filter(email="not-an-email").exists()


def test_accept_language_chooses_the_language_without_locale(client, full_site):
    url = f"/api/v2/leads/booklet/{a_sector('it').pk}/"
    response = post_json(client, url, booklet_request("it", name=""), HTTP_ACCEPT_LANGUAGE="it")
    assert response.json()["error"]["fields"]["name"][0]["message"] == "Questo campo è obbligatorio."
    assert response["Content-Language"] == "it"


def token_from_the_api(client, hours_ago=0):
    with time_machine.travel(time.time() - hours_ago * 3600):
        return client.get("/api/v2/leads/contact/").json()["form_started"]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"website": "http://spam.example"}, "honeypot"),
        ({"form_started": None}, "required"),
        ({"form_started": "forged"}, "bad_timestamp"),
        ({"form_started": lambda client: token_from_the_api(client)}, "too_fast"),
        ({"form_started": lambda client: token_from_the_api(client, hours_ago=3)}, "too_old"),
    ],
)
def test_bots_are_refused_as_on_the_site(client, full_site, overrides, code):
    overrides = {name: value(client) if callable(value) else value for name, value in overrides.items()}
    response = post_json(client, "/api/v2/leads/contact/", contact_request(**overrides))
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert code in {e["code"] for errors in fields.values() for e in errors}
    assert not Lead.objects.filter(email="ada@analytical.example").exists()


def test_unreadable_bodies_get_the_error_shape(client, full_site):
    for body in ("{not json", "[1, 2]"):
        response = client.post("/api/v2/leads/contact/", body, content_type="application/json")
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_body"


def test_a_contact_request_becomes_a_lead_with_its_consents(client, full_site):
    response = post_json(client, "/api/v2/leads/contact/?locale=it", contact_request("it", consent_newsletter=True))
    assert response.status_code == 201
    assert response.json()["message"].startswith("Grazie")
    lead = Lead.objects.get(email="ada@analytical.example")
    assert lead.kind == Lead.Kind.CONTACT and lead.language == "it"
    assert lead.source_url.endswith("/api/v2/leads/contact/")
    purposes = set(lead.consents.values_list("purpose", flat=True))
    assert purposes == {ConsentRecord.Purpose.CONTACT, ConsentRecord.Purpose.NEWSLETTER}


def test_an_enquiry_is_tied_to_its_site_and_refused_for_sites_without_consent(client, full_site):
    site = a_site()
    response = post_json(client, f"/api/v2/leads/enquiry/{site.pk}/", enquiry_request())
    assert response.status_code == 201
    assert Lead.objects.get(email="ada@analytical.example").opportunity_id == site.pk

    OpportunityPage.objects.filter(pk=site.pk).update(owner_consent=False)
    refused = post_json(client, f"/api/v2/leads/enquiry/{site.pk}/", enquiry_request(email="b@example.com"))
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "not_found"
    assert client.get(f"/api/v2/leads/enquiry/{site.pk}/").status_code == 404
    assert client.get(f"/api/v2/leads/enquiry/{10**30}/").status_code == 404  # beyond any id: 404, not 500


def test_submissions_are_rate_limited_per_address_and_per_email(client, full_site, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 3
    settings.LEADS_RATE_LIMIT_PER_EMAIL = 2
    statuses = [
        post_json(client, "/api/v2/leads/contact/", contact_request(email="same@example.com")).status_code
        for _ in range(3)
    ]
    assert statuses == [201, 201, 429]
    blocked = post_json(client, "/api/v2/leads/contact/?locale=it", contact_request(email="other@example.com"))
    assert blocked.status_code == 429
    assert 0 < int(blocked["Retry-After"]) <= 3600  # seconds left in the hour's window
    assert blocked.json()["error"]["code"] == "rate_limited"
    assert "ora" in blocked.json()["error"]["message"]


def test_other_methods_are_refused_in_the_error_shape(client, full_site):
    response = client.delete("/api/v2/leads/contact/")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_a_replayed_token_is_refused_like_a_bot(client, full_site):
    first = contact_request()
    assert post_json(client, "/api/v2/leads/contact/", first).status_code == 201
    replay = post_json(
        client,
        "/api/v2/leads/contact/?locale=it",
        contact_request("it", email="b@example.com", form_started=first["form_started"]),
    )
    assert replay.status_code == 400
    (error,) = replay.json()["error"]["fields"]["non_field"]
    assert error == {"code": "replayed", "message": "Non è stato possibile accettare l'invio. Riprovi."}
    assert not Lead.objects.filter(email="b@example.com").exists()


def test_a_token_from_the_api_works_once(client, full_site):
    with time_machine.travel(time.time() - 60):
        token = client.get("/api/v2/leads/contact/").json()["form_started"]
    statuses = [
        post_json(
            client, "/api/v2/leads/contact/", contact_request(email=f"{n}@example.com", form_started=token)
        ).status_code
        for n in range(2)
    ]
    assert statuses == [201, 400]


def test_the_api_never_rewrites_the_details_of_an_existing_lead(client, full_site):
    assert post_json(client, booklet_url(), booklet_request()).status_code == 201
    impostor = booklet_request(name="Mallory Impostor", company="Evil & Co", role="Prankster")
    assert post_json(client, booklet_url(), impostor).status_code == 201
    lead = Lead.objects.get(email="ada@analytical.example")
    assert (lead.name, lead.company, lead.role) == ("Ada Lovelace", "Analytical Engines Ltd", "Head of expansion")
    assert [(s.name, s.company) for s in lead.submissions.order_by("pk")] == [
        ("Ada Lovelace", "Analytical Engines Ltd"),
        ("Mallory Impostor", "Evil & Co"),
    ]


def test_a_contact_request_records_where_it_came_from(client, full_site):
    post_json(client, "/api/v2/leads/contact/", contact_request())
    submission = Lead.objects.get(email="ada@analytical.example").submissions.get()
    assert submission.source_url == "http://testserver/api/v2/leads/contact/"
