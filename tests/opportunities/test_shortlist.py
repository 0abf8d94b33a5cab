"""The visitor's shortlist: add/remove without JS, compare up to four, send as one enquiry."""

import pytest
from django.test import Client

from leads.models import Lead
from sectors.models import Country
from tests.factories import CountryFactory
from tests.leads.helpers import started

pytestmark = pytest.mark.django_db


@pytest.fixture
def sites(catalogue):
    CountryFactory(name="Test country")  # the enquiry form asks for the visitor's country
    return catalogue[2][:6]


def add(client, site, lang="en", base="/en/opportunities/"):
    return client.post(base + "shortlist/add/", {"site": site.pk, "next": site.url})


def test_add_and_remove_from_the_detail_page_and_the_list(client, sites):
    page = client.get(sites[0].url).content.decode()
    assert "Add to shortlist" in page and "csrfmiddlewaretoken" in page
    response = add(client, sites[0])
    assert response["Location"] == sites[0].url
    assert "Remove from shortlist" in client.get(sites[0].url).content.decode()
    listing = client.get("/en/opportunities/").content.decode()
    assert "Your shortlist (1 site)" in listing
    shortlist = client.get("/en/opportunities/shortlist/").content.decode()
    assert sites[0].title in shortlist and sites[1].title not in shortlist
    client.post("/en/opportunities/shortlist/remove/", {"site": sites[0].pk})
    assert "Your shortlist is empty" in client.get("/en/opportunities/shortlist/").content.decode()


def test_adding_needs_a_csrf_token(sites):
    strict = Client(enforce_csrf_checks=True)
    assert add(strict, sites[0]).status_code == 403


def test_the_shortlist_follows_the_visitor_to_italian(client, sites):
    add(client, sites[0])
    html = client.get("/it/opportunita/shortlist/").content.decode()
    assert "Sito 00 a Cremona" in html


def test_compare_shows_facts_side_by_side_and_refuses_more_than_four(client, sites):
    for site in sites[:5]:
        add(client, site)
    response = client.get("/en/opportunities/shortlist/compare/", {"site": [s.pk for s in sites[:5]]})
    assert response.status_code == 400
    assert "You can compare at most 4 sites at a time" in response.content.decode()
    response = client.get("/en/opportunities/shortlist/compare/", {"site": [s.pk for s in sites[:2]]})
    html = response.content.decode()
    assert response.status_code == 200
    assert sites[0].title in html and sites[1].title in html and sites[2].title not in html
    assert f"{sites[1].site_area_m2:,}\u00a0m²" in html


def test_the_compare_limit_is_explained_in_italian(client, sites, monkeypatch):
    from opportunities import shortlist

    add(client, sites[0])
    add(client, sites[3])
    monkeypatch.setattr(shortlist, "MAX_COMPARED", 1)
    italian = client.get("/it/opportunita/shortlist/compare/")
    assert italian.status_code == 400
    assert "Può confrontare al massimo 1 siti alla volta" in italian.content.decode()


def enquiry(**overrides):
    data = {
        "name": "Ada Lovelace",
        "email": "ada@analytical.example",
        "company": "Analytical Engines Ltd",
        "role": "Head of expansion",
        "country": Country.objects.filter(locale__language_code="en").first().pk,
        "description": "We would like to visit both sites in March.",
        "consent_contact": "on",
        "website": "",
        "form_started": started(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_the_shortlist_is_sent_as_one_lead_tied_to_every_site(client, sites):
    add(client, sites[0])
    add(client, sites[1])
    response = client.post("/en/opportunities/shortlist/send/", enquiry(consent_contact=None))
    assert "We can only answer with your agreement" in response.content.decode()
    assert 'value="Ada Lovelace"' in response.content.decode()
    assert Lead.objects.count() == 0
    response = client.post("/en/opportunities/shortlist/send/", enquiry())
    assert response["Location"] == "/en/opportunities/shortlist/?sent=1"
    lead = Lead.objects.get()
    assert lead.kind == Lead.Kind.SHORTLIST
    assert set(lead.shortlisted_opportunities.values_list("pk", flat=True)) == {sites[0].pk, sites[1].pk}
    assert "your enquiry about these sites has been sent" in client.get(response["Location"]).content.decode()


def test_the_honeypot_refuses_a_bot(client, sites):
    add(client, sites[0])
    client.post("/en/opportunities/shortlist/send/", enquiry(website="http://spam.example"))
    assert Lead.objects.count() == 0


def test_sending_is_rate_limited(client, sites, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 1
    add(client, sites[0])
    client.post("/en/opportunities/shortlist/send/", enquiry())
    assert client.post("/en/opportunities/shortlist/send/", enquiry()).status_code == 429


def test_the_leads_inbox_shows_the_shortlisted_sites(client, sites):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    add(client, sites[0])
    add(client, sites[1])
    client.post("/en/opportunities/shortlist/send/", enquiry())
    lead = Lead.objects.get()
    staff = Client()
    staff.force_login(get_user_model().objects.create_superuser("staff", "staff@region.example", "pw"))
    html = staff.get(reverse("lead_inbox:inspect", args=[lead.pk])).content.decode()
    assert "Shortlisted opportunities" in html
    assert sites[0].title in html and sites[1].title in html


def shortlisted_titles(client, url="/en/opportunities/shortlist/"):
    return [site.title for site in client.get(url).context["sites"]]


def test_rapid_additions_beyond_the_limit_are_refused_and_the_shortlist_is_kept(client, sites, settings):
    settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP = 3
    for site in sites[:3]:
        assert add(client, site).status_code == 302
    refused = add(client, sites[3])
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "You have added or removed many sites in a short time" in refused.content.decode()
    assert shortlisted_titles(client) == [site.title for site in sites[:3]]
    # Removing counts too: a flood of removals cannot empty the shortlist either.
    assert client.post("/en/opportunities/shortlist/remove/", {"site": sites[0].pk}).status_code == 429
    assert shortlisted_titles(client) == [site.title for site in sites[:3]]


def test_the_shortlist_limit_is_explained_in_italian(client, sites, settings):
    settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP = 1
    add(client, sites[0], base="/it/opportunita/")
    refused = add(client, sites[1], base="/it/opportunita/")
    assert refused.status_code == 429
    assert "Ha aggiunto o tolto molti siti in poco tempo" in refused.content.decode()
