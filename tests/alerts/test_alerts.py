"""Saved searches: double opt-in, a consent record, a digest once per new or changed site to confirmed
addresses only, an unsubscribe link that always works (frozen clock, the worker's command run)."""

import datetime
import io
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from alerts import tokens
from alerts.models import AlertConsent, SavedSearch
from jobs.models import OutboxMessage
from leads.forms import signed_timestamp
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db
# Tomorrow at 8: after the searches are confirmed (at the real time), whatever day the suite runs on.
START = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)).replace(
    hour=8, minute=0, second=0, microsecond=0
)
# Bergamo only, with a brief: power at least 2,000 kW as a nice-to-have.
QUERY = "province=BG&need_power=2000"


def save_search(client, sites, email="investor@example.com", lang="en", **overrides):
    with translation.override(lang):
        url = reverse("alerts:subscribe")
    data = {
        "email": email,
        "consent": "on",
        "query": QUERY,
        "catalogue": sites["tree"].index.pk,
        "website": "",
        "form_started": signed_timestamp(),
        **overrides,
    }
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=5)):
        return client.post(url, data)


def links(message):
    return re.findall(r"https?://\S+", message.body)


def confirm(client, message):
    confirm_url = next(url for url in links(message) if "/confirm/" in url or "/conferma/" in url)
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    return client.post("/" + path, follow=True)


def run_worker(moment):
    with time_machine.travel(moment, tick=False):
        call_command("send_alerts", stdout=io.StringIO())
        call_command("send_due_mail", stdout=io.StringIO())


def republish(site, **changes):
    page = OpportunityPage.objects.get(pk=site.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def digests_to(address):
    return [m for m in mail.outbox if address in m.to and "confirm" not in m.subject.lower()]


def test_saving_a_search_asks_for_confirmation_and_records_the_consent(client, sites):
    response = save_search(client, sites)
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    search = SavedSearch.objects.get(email="investor@example.com")
    assert search.status == SavedSearch.Status.PENDING and search.query == QUERY
    consent = AlertConsent.objects.get(search=search)
    assert consent.text_version == "alerts-1" and "at most once a day" in consent.text
    (message,) = mail.outbox
    assert "Confirm your alert" in message.subject
    assert any("/confirm/" in url for url in links(message)) and any("/stop/" in url for url in links(message))


def test_without_consent_nothing_is_saved_and_the_form_says_why(client, sites):
    response = save_search(client, sites, consent="")
    assert "Tick the box to receive the alerts" in response.content.decode()
    assert not SavedSearch.objects.exists() and not mail.outbox


def test_a_confirmed_address_gets_a_new_matching_site_once_and_the_others_never(client, sites):
    save_search(client, sites, email="confirmed@example.com")
    confirm(client, mail.outbox[-1])
    save_search(client, sites, email="pending@example.com")  # never confirmed
    save_search(client, sites, email="gone@example.com")
    confirm(client, mail.outbox[-1])
    gone = SavedSearch.objects.get(email="gone@example.com")
    client.post(reverse("alerts:unsubscribe", args=[tokens.make(gone, "unsubscribe")]))
    assert SavedSearch.objects.get(pk=gone.pk).status == SavedSearch.Status.UNSUBSCRIBED

    with time_machine.travel(START, tick=False):
        republish(sites["bergamo"], power_kw=3000)  # matches the search: province BG
        republish(sites["brescia"], power_kw=950)  # does not
    mail.outbox.clear()
    run_worker(START + datetime.timedelta(hours=1))
    (digest,) = digests_to("confirmed@example.com")
    assert digest.subject == "1 new or changed site for your search"
    assert "Bergamo hub (Bergamo)" in digest.body and "Brescia depot" not in digest.body
    assert any("/stop/" in url for url in links(digest)) and any("/manage/" in url for url in links(digest))
    assert not digests_to("pending@example.com") and not digests_to("gone@example.com")

    # The next day, nothing changed: nothing sent again.
    run_worker(START + datetime.timedelta(days=1, hours=1))
    assert len(digests_to("confirmed@example.com")) == 1
    # The unconfirmed address got its confirmation request and nothing else.
    assert [m.subject for m in OutboxMessage.objects.all() if "pending@example.com" in m.to] == [
        "Confirm your alert for sites in Lombardy"
    ]


def test_a_digest_is_sent_at_most_once_a_day(client, sites):
    save_search(client, sites)
    confirm(client, mail.outbox[-1])
    with time_machine.travel(START, tick=False):
        republish(sites["bergamo"], power_kw=3100)
    run_worker(START + datetime.timedelta(hours=1))
    with time_machine.travel(START + datetime.timedelta(hours=2), tick=False):
        republish(sites["bergamo"], power_kw=3200)
    run_worker(START + datetime.timedelta(hours=3))
    assert len(digests_to("investor@example.com")) == 1
    run_worker(START + datetime.timedelta(days=1, hours=1))
    assert len(digests_to("investor@example.com")) == 2


def test_the_digest_is_in_the_visitors_language(client, sites):
    save_search(client, sites, lang="it", catalogue=sites["tree"].it_index.pk)
    assert mail.outbox[0].subject == "Confermi il Suo avviso sui siti in Lombardia"
    confirm(client, mail.outbox[-1])
    with time_machine.travel(START, tick=False):
        republish(sites["it_bergamo"], power_kw=3000)
    run_worker(START + datetime.timedelta(hours=1))
    (digest,) = [m for m in mail.outbox if "investor@example.com" in m.to and "Confermi" not in m.subject]
    assert digest.subject == "1 sito nuovo o modificato per la Sua ricerca"
    assert "Polo di Bergamo (Bergamo)" in digest.body and "Ferma questo avviso:" in digest.body


def test_the_manage_page_lists_the_alerts_of_its_address_and_stops_one(client, sites):
    save_search(client, sites)
    response = confirm(client, mail.outbox[-1])
    html = response.content.decode()
    assert "Your alerts" in html and "investor@example.com" in html
    stop = re.search(r'action="([^"]+/stop/[^"]+)"', html).group(1)
    client.post(stop)
    assert SavedSearch.objects.get().status == SavedSearch.Status.UNSUBSCRIBED


def test_a_forged_link_is_refused_with_a_clear_page(client, sites):
    with translation.override("en"):
        response = client.get(reverse("alerts:confirm", args=["not-a-token"]))
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()


def test_an_erasure_request_deletes_the_saved_searches_of_the_address(client, sites):
    from leads.privacy import erase_email

    save_search(client, sites, email="Investor@Example.com")
    save_search(client, sites, email="other@example.com")
    erase_email("investor@example.com")
    assert list(SavedSearch.objects.values_list("email", flat=True)) == ["other@example.com"]
    assert not AlertConsent.objects.filter(search__email__iexact="investor@example.com").exists()
