"""The booklet gate: what a visitor must give, what they get, and what is refused."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from leads.models import ConsentRecord, Download, Lead
from sectors.models import Booklet
from tests.leads.helpers import booklet_url, gate_data, started

pytestmark = pytest.mark.django_db

READY = re.compile(r"^/(en|it)/booklets/ready/(?P<token>[^/]+)/$")


def submit(client, lang="en", sector_slug="life-sciences", **overrides):
    return client.post(booklet_url(lang, sector_slug), gate_data(lang, sector_slug, **overrides))


def download_link(client, response):
    """Follows the gate's redirect to the 'ready' page and returns the download address it offers."""
    assert response.status_code == 302, response.content.decode()[:2000]
    match = READY.match(response["Location"])
    assert match, response["Location"]
    ready = client.get(response["Location"])
    assert ready.status_code == 200
    link = re.search(r'href="(/(?:en|it)/booklets/download/[^"]+/)"', ready.content.decode()).group(1)
    assert f'content="0;url={link}"' in ready.content.decode()
    return link


def test_the_preview_shows_cover_and_contents_without_giving_the_file(client, sector_site):
    html = client.get(booklet_url()).content.decode()
    booklet = Booklet.objects.get(sector__slug="life-sciences", locale__language_code="en")
    assert f'<h1 id="booklet-title">{booklet.title}</h1>' in html
    assert '<ol class="booklet-toc">' in html
    assert "Test chapter of Life sciences" in html
    assert "7 pages" in html
    assert booklet.file.name not in html
    assert "/download/" not in html


def test_gate_refuses_missing_fields_and_consent_and_keeps_what_was_typed(client, sector_site):
    response = submit(client, company="", consent_download=None, name="Ada <b>Lovelace</b>")
    html = response.content.decode()
    assert response.status_code == 200
    assert "We can only send the booklet with your agreement: tick this box." in html
    assert "This field is required." in html
    assert 'class="error-summary" role="alert"' in html
    # What was typed is still there, escaped.
    assert 'value="Ada &lt;b&gt;Lovelace&lt;/b&gt;"' in html
    assert 'value="ada@analytical.example"' in html
    assert 'value="Head of expansion"' in html
    assert '<option value="50-249" selected>' in html
    assert 'value="shortlisting" id="id_stage_1" required checked' in html
    assert 'name="consent_newsletter" id="id_consent_newsletter" checked' in html
    # Nothing stored, nothing sent.
    assert Lead.objects.count() == 0
    assert ConsentRecord.objects.count() == 0
    assert Download.objects.count() == 0
    assert mail.outbox == []


def test_gate_errors_are_in_italian_on_the_italian_page(client, sector_site):
    html = submit(client, lang="it", email="not-an-email", consent_download=None).content.decode()
    assert "Inserisci un indirizzo email valido." in html
    assert "Possiamo inviarLe l&#x27;opuscolo solo con il Suo consenso: spunti questa casella." in html
    assert Lead.objects.count() == 0


def test_fields_have_size_limits(client, sector_site):
    html = submit(client, name="A" * 121).content.decode()
    assert "Ensure this value has at most 120 characters (it has 121)." in html
    assert 'maxlength="120"' in html
    assert Lead.objects.count() == 0


def test_a_valid_profile_gets_the_pdf_and_is_recorded(client, sector_site, settings):
    settings.LEADS_NOTIFY_EMAILS = ["team@invest.example"]
    response = submit(client)
    link = download_link(client, response)

    pdf = client.get(link)
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].startswith("attachment;")
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")

    lead = Lead.objects.get()
    assert (lead.kind, lead.name, lead.company, lead.stage, lead.language) == (
        "booklet",
        "Ada Lovelace",
        "Analytical Engines Ltd",
        "shortlisting",
        "en",
    )
    assert lead.sector.slug == "life-sciences"
    assert lead.country.name == "Germany"
    assert lead.business_function.key == "rnd"
    assert lead.source_url == "http://testserver/en/sectors/life-sciences/"
    assert sorted(lead.consents.values_list("purpose", flat=True)) == ["download", "newsletter"]
    consent = lead.consents.get(purpose="download")
    assert consent.text == "I agree that my details are used to send me this booklet."
    assert consent.text_version and consent.language == "en"
    download = Download.objects.get()
    assert download.lead == lead and download.booklet.sector.slug == "life-sciences"
    assert download.fetch_count == 1

    visitor_mail, staff_mail = sorted(mail.outbox, key=lambda m: m.to != ["ada@analytical.example"])
    assert visitor_mail.to == ["ada@analytical.example"]
    assert "http://testserver/en/booklets/download/" in visitor_mail.body
    assert staff_mail.to == ["team@invest.example"]
    assert f"/admin/leads/inspect/{lead.pk}/" in staff_mail.body


def test_the_e_mailed_link_downloads_the_pdf_in_italian(client, sector_site):
    submit(client, lang="it")
    (message,) = mail.outbox
    assert message.subject.startswith("Il Suo opuscolo:")
    assert "Gentile Ada Lovelace" in message.body
    link = re.search(r"http://testserver(/it/booklets/download/\S+/)", message.body).group(1)
    response = client.get(link)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert Lead.objects.get().language == "it"


def test_a_tampered_link_is_refused(client, sector_site):
    link = download_link(client, submit(client))
    token = link.rstrip("/").rsplit("/", 1)[1]
    tampered = link.replace(token, token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"))
    response = client.get(tampered)
    assert response.status_code == 403
    html = response.content.decode()
    assert "This link is not valid" in html
    assert "request a new link" in html
    assert not response.get("Content-Disposition")


def test_a_link_for_another_booklet_is_refused(client, sector_site):
    """The signature covers lead and booklet: a valid token cannot be re-pointed elsewhere."""
    from django.core import signing

    from leads.services import DOWNLOAD_SALT

    link = download_link(client, submit(client))
    token = link.rstrip("/").rsplit("/", 1)[1]
    payload = signing.TimestampSigner(salt=DOWNLOAD_SALT).unsign_object(token)
    other = Booklet.objects.exclude(pk=payload["b"]).first()
    forged = signing.TimestampSigner(salt="another-salt").sign_object({**payload, "b": other.pk})
    assert client.get(f"/en/booklets/download/{forged}/").status_code == 403


def test_an_expired_link_is_refused_and_offers_a_new_one(client, sector_site):
    link = download_link(client, submit(client))
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        response = client.get(link)
    assert response.status_code == 410
    html = response.content.decode()
    assert "This link has expired" in html
    assert 'href="/en/sectors/life-sciences/booklet/"' in html
    assert "Request a new link" in html
    # Within the validity period the same link works.
    with time_machine.travel(timezone.now() + timedelta(minutes=14)):
        assert client.get(link).status_code == 200


def test_an_expired_link_page_is_translated(client, sector_site):
    link = download_link(client, submit(client, lang="it"))
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        response = client.get(link)
    assert response.status_code == 410
    assert "Questo link è scaduto" in response.content.decode()


def test_a_returning_visitor_gets_the_next_booklet_straight_away(client, sector_site):
    download_link(client, submit(client))
    page = client.get(booklet_url(sector_slug="aerospace-defence")).content.decode()
    assert "Welcome back, Ada Lovelace." in page
    assert 'name="email"' not in page

    response = client.post(booklet_url(sector_slug="aerospace-defence"), {"returning": "1"})
    pdf = client.get(download_link(client, response))
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    lead = Lead.objects.get()
    assert [d.booklet.sector.slug for d in lead.downloads.order_by("created_at")] == [
        "life-sciences",
        "aerospace-defence",
    ]


def test_a_new_browser_session_is_asked_again(client, sector_site):
    download_link(client, submit(client))
    client.cookies.clear()
    page = client.get(booklet_url(sector_slug="aerospace-defence")).content.decode()
    assert 'name="email"' in page
    assert client.post(booklet_url(sector_slug="aerospace-defence"), {"returning": "1"}).status_code == 200
    assert Download.objects.count() == 1


def test_the_honeypot_stops_bots(client, sector_site):
    html = submit(client, website="http://spam.example").content.decode()
    assert "Your submission could not be accepted." in html
    assert Lead.objects.count() == 0


def test_a_form_sent_too_fast_is_refused_and_keeps_the_values(client, sector_site):
    # The clock stands still: on a busy machine the post could otherwise take longer than the minimum.
    with time_machine.travel(timezone.now(), tick=False):
        html = submit(client, form_started=started(seconds_ago=0)).content.decode()
    assert "That was very quick" in html
    assert 'value="Analytical Engines Ltd"' in html
    assert Lead.objects.count() == 0


def test_a_form_left_open_for_hours_is_refused(client, sector_site):
    old = started(seconds_ago=0)
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        html = submit(client, form_started=old).content.decode()
    assert "This form was open for too long." in html
    assert Lead.objects.count() == 0


def test_a_forged_timestamp_is_refused(client, sector_site):
    html = submit(client, form_started="1700000000.000:forged").content.decode()
    assert "Your submission could not be accepted." in html
    assert Lead.objects.count() == 0


def test_rate_limit_per_ip_answers_429(client, sector_site, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 2
    assert submit(client, company="").status_code == 200
    assert submit(client, company="").status_code == 200
    response = submit(client)
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert Lead.objects.count() == 0
    italian = client.post(booklet_url("it"), gate_data("it"))
    assert italian.status_code == 429
    assert "Troppe richieste" in italian.content.decode()


def test_rate_limit_per_email_answers_429(client, sector_site, settings):
    settings.LEADS_RATE_LIMIT_PER_EMAIL = 1
    assert submit(client).status_code == 302
    # Another browser, another address: the e-mail limit still applies.
    client.cookies.clear()
    response = client.post(booklet_url(), gate_data(), REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert Download.objects.count() == 1


def test_the_booklet_file_has_no_public_address(client, sector_site, settings):
    booklet = Booklet.objects.get(sector__slug="life-sciences", locale__language_code="en")
    assert re.fullmatch(r"booklets/[0-9a-f]{32}/[a-z0-9-]+\.pdf", booklet.file.name)
    assert client.get(f"/media/{booklet.file.name}").status_code == 404
    assert client.get(f"/en/media/{booklet.file.name}").status_code == 404
    assert client.get(f"/documents/{booklet.pk}/{booklet.filename}").status_code == 404
    # The sector page and the preview never show the file's location.
    for url in ("/en/sectors/life-sciences/", booklet_url()):
        assert booklet.file.name.split("/")[1] not in client.get(url).content.decode()


def test_on_s3_the_download_is_a_short_presigned_redirect(client, sector_site, monkeypatch):
    booklet = Booklet.objects.get(sector__slug="life-sciences", locale__language_code="en")
    storage = booklet.file.storage
    calls = {}

    def presigned(name, parameters=None, expire=None):
        calls.update(name=name, expire=expire, parameters=parameters)
        return f"https://bucket.example/{name}?X-Amz-Expires={expire}&X-Amz-Signature=abc"

    monkeypatch.setattr(storage, "querystring_auth", True, raising=False)
    monkeypatch.setattr(storage, "url", presigned)
    response = client.get(download_link(client, submit(client)))
    assert response.status_code == 302
    assert response["Location"].startswith("https://bucket.example/booklets/")
    assert calls["expire"] == 60
    assert calls["parameters"]["ResponseContentDisposition"].startswith("attachment;")


def test_campaign_parameters_follow_the_visitor_to_the_lead(client, sector_site):
    client.get("/en/?utm_source=linkedin&utm_medium=social&utm_campaign=autumn-2026")
    download_link(client, submit(client))
    lead = Lead.objects.get()
    assert (lead.utm_source, lead.utm_medium, lead.utm_campaign) == ("linkedin", "social", "autumn-2026")
    assert lead.landing_url == "http://testserver/en/?utm_source=linkedin&utm_medium=social&utm_campaign=autumn-2026"
