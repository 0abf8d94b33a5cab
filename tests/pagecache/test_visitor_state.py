"""A visitor never sees another visitor's state from the page cache, and forms on cached pages still work."""

import gzip
import re

from django.test import Client

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
STARTED = re.compile(r'name="form_started" value="([^"]+)"')


def visitor():
    return Client(enforce_csrf_checks=True)


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(linked_site, django_assert_max_num_queries):
    first = visitor().get(linked_site.story.url)
    with django_assert_max_num_queries(2):
        second = visitor().get(linked_site.story.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert b"Test cached story" in second.content
    # Shared caches (a CDN, Varnish) may keep it; browsers revalidate with the ETag.
    assert "public" in second["Cache-Control"] and "s-maxage=600" in second["Cache-Control"]
    assert "stale-while-revalidate=60" in second["Cache-Control"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    assert second["Content-Language"] == "en"


def test_the_italian_page_is_cached_apart_from_the_english_one(linked_site):
    visitor().get("/en/")
    italian = visitor().get("/it/")
    assert italian["Content-Language"] == "it"
    assert "Un luogo dove investire" in italian.content.decode()
    assert visitor().get("/it/").content == italian.content


def test_a_browser_revalidating_with_the_etag_gets_304(linked_site):
    etag = visitor().get(linked_site.story.url)["ETag"]
    revalidated = visitor().get(linked_site.story.url, HTTP_IF_NONE_MATCH=etag)
    assert revalidated.status_code == 304
    assert revalidated.content == b""


def test_each_visitor_gets_their_own_csrf_token_and_can_post_the_form_of_a_cached_page(linked_site):
    site_url = linked_site.opportunity.url
    a, b = visitor(), visitor()
    page_a = a.get(site_url)
    page_b = b.get(site_url)
    assert (page_a["X-Page-Cache"], page_b["X-Page-Cache"]) == ("miss", "hit")
    token_a, token_b = TOKEN.search(page_a.content.decode())[1], TOKEN.search(page_b.content.decode())[1]
    assert token_a != token_b
    assert b.cookies["csrftoken"].value != a.cookies["csrftoken"].value
    # The per-visitor token keeps the page out of shared caches; this cache still serves it.
    assert page_b["Cache-Control"] == "private, max-age=0"
    added = b.post(
        linked_site.index.url + "shortlist/add/",
        {"csrfmiddlewaretoken": token_b, "site": linked_site.opportunity.pk, "next": site_url},
    )
    assert added.status_code == 302
    # Visitor A's token does not pass for B: the page handed B a token of B's own.
    refused = b.post(
        linked_site.index.url + "shortlist/add/",
        {"csrfmiddlewaretoken": "x" * 64, "site": linked_site.opportunity.pk},
    )
    assert refused.status_code == 403


def test_a_visitor_with_a_shortlist_sees_it_and_another_visitor_sees_none(linked_site):
    catalogue = linked_site.index.url
    a, b = visitor(), visitor()
    page = a.get(catalogue)
    token = TOKEN.search(page.content.decode())[1]
    a.post(catalogue + "shortlist/add/", {"csrfmiddlewaretoken": token, "site": linked_site.opportunity.pk})
    mine = a.get(catalogue)
    assert "X-Page-Cache" not in mine  # A has a session now: never served from, nor stored in, the cache
    assert "Your shortlist (1 site)" in mine.content.decode()
    assert "Remove from shortlist" in mine.content.decode()
    theirs = b.get(catalogue)
    assert theirs["X-Page-Cache"] == "hit"
    assert "Your shortlist (0 sites)" in theirs.content.decode()
    assert "Remove from shortlist" not in theirs.content.decode()
    assert "Your shortlist (1 site)" not in visitor().get(catalogue).content.decode()


def test_a_signed_in_editor_gets_a_fresh_private_page(linked_site, django_user_model):
    visitor().get(linked_site.story.url)
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("editor", "editor@example.com", "pw"))
    page = editor.get(linked_site.story.url)
    assert "X-Page-Cache" not in page
    assert "private" in page["Cache-Control"]
    # Nor did the editor's page replace the visitors' one.
    assert visitor().get(linked_site.story.url)["X-Page-Cache"] == "hit"


def test_a_response_setting_a_cookie_is_never_stored(linked_site):
    campaign = linked_site.story.url + "?utm_source=newsletter"
    first = visitor().get(campaign)
    assert "sessionid" in first.cookies  # the campaign is remembered in a new session
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in visitor().get(campaign)


def test_error_pages_and_posts_are_never_cached(linked_site):
    for _ in range(2):
        missing = visitor().get("/en/no-such-page/")
        assert missing.status_code == 404 and "X-Page-Cache" not in missing
    for _ in range(2):
        posted = Client().post(linked_site.story.url, {})
        assert "X-Page-Cache" not in posted


def test_pages_outside_the_page_tree_are_not_stored(linked_site):
    for _ in range(2):
        search = visitor().get("/en/search/?q=story")
        assert search.status_code == 200 and "X-Page-Cache" not in search


def test_a_page_with_a_token_is_compressed_with_fresh_random_bytes_on_every_hit(linked_site):
    url = linked_site.opportunity.url
    visitor().get(url)
    one = visitor().get(url, HTTP_ACCEPT_ENCODING="gzip")
    two = visitor().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert one["X-Page-Cache"] == two["X-Page-Cache"] == "hit"
    assert one["Content-Encoding"] == "gzip" and "Accept-Encoding" in one["Vary"]
    assert TOKEN.search(gzip.decompress(one.content).decode())
    # Django's "Heal the Breach" mitigation: a random-length header, so sizes do not leak the token.
    assert one.content != two.content


def test_a_page_without_a_token_is_served_compressed_as_stored(linked_site):
    plain = visitor().get(linked_site.story.url)
    hit = visitor().get(linked_site.story.url, HTTP_ACCEPT_ENCODING="gzip")
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    assert gzip.decompress(hit.content) == plain.content
    assert hit["ETag"] == "W/" + plain["ETag"]
    assert visitor().get(linked_site.story.url, HTTP_IF_NONE_MATCH=hit["ETag"]).status_code == 304
    # A client that does not accept gzip gets the page as it is.
    assert visitor().get(linked_site.story.url).content == plain.content


def test_two_visitors_of_a_cached_page_each_get_a_form_stamp_of_their_own_and_both_enquiries_are_sent(
    linked_site, settings
):
    """A lead form's stamp is spent by the submission it came with: a stamp stored with the page and
    handed to every visitor would have the second visitor's enquiry refused as a replay."""
    from leads.models import Lead
    from sectors.models import Country

    settings.LEADS_FORM_MIN_SECONDS = 0
    country = Country.objects.create(name="Test Germany", locale=linked_site.opportunity.locale)
    site_url = linked_site.opportunity.url
    a, b = visitor(), visitor()
    page_a, page_b = a.get(site_url), b.get(site_url)
    assert (page_a["X-Page-Cache"], page_b["X-Page-Cache"]) == ("miss", "hit")
    stamp_a, stamp_b = STARTED.search(page_a.content.decode())[1], STARTED.search(page_b.content.decode())[1]
    assert stamp_a != stamp_b
    assert b"pagecache-fresh-field" not in page_b.content
    action = re.search(r'action="(/en/[^"]*enquiry/[^"]*)"', page_b.content.decode())[1]
    for client, page, stamp, email in (
        (a, page_a, stamp_a, "a@visitors.example"),
        (b, page_b, stamp_b, "b@visitors.example"),
    ):
        sent = client.post(
            action,
            {
                "csrfmiddlewaretoken": TOKEN.search(page.content.decode())[1],
                "name": "Test visitor",
                "email": email,
                "company": "Test company",
                "role": "Test role",
                "country": country.pk,
                "description": "Can we visit the site?",
                "consent_contact": "on",
                "website": "",
                "form_started": stamp,
            },
        )
        assert sent.status_code == 302, sent.content.decode()[:2000]
    assert set(Lead.objects.values_list("email", flat=True)) == {"a@visitors.example", "b@visitors.example"}
