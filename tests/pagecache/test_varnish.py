"""The purge reaches a real Varnish (deploy/varnish/default.vcl, started by .ci/services.sh) over HTTP."""

import http.client
import os
import re
from urllib.parse import urlsplit

import pytest
from pytest_django.live_server_helper import LiveServer

from tests.conftest import require_service
from tests.factories import BusinessFunctionFactory
from tests.pagecache.factories import build_linked_site

pytestmark = [pytest.mark.varnish, pytest.mark.django_db(transaction=True)]

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture
def site_behind_varnish(settings):
    """The factory site served where Varnish's backend points, with Wagtail's frontend cache purging Varnish.

    One test in this module: the port stays taken for a minute after a server on it stops, and the test
    workers (pytest-xdist) must not both bind it.
    """
    require_service("VARNISH_URL", "the purge is tested against a running Varnish")
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "pagecache.frontend.VarnishBackend", "LOCATION": os.environ["VARNISH_URL"]}
    }
    server = LiveServer(f"127.0.0.1:{os.environ['VARNISH_BACKEND_PORT']}")
    tree = build_linked_site()
    # Whatever an earlier run left in Varnish goes first.
    assert varnish("BAN", "/", {"X-Ban-Everything": "1"})[0] == 200
    yield tree
    server.stop()


def varnish(method, path, headers):
    address = urlsplit(os.environ["VARNISH_URL"])
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def through_varnish(page, cookie=None):
    # As a visitor asks for the page: the host name Wagtail's purges name too.
    url = urlsplit(page.full_url)
    headers = {"Host": url.netloc, **({"Cookie": cookie} if cookie else {})}
    _status, response_headers, body = varnish("GET", url.path, headers)
    return response_headers, body


def cache_status(page, cookie=None):
    return through_varnish(page, cookie)[0]["X-Cache"]


def test_varnish_keeps_public_pages_forgets_them_on_purge_and_never_keeps_a_visitors_page(site_behind_varnish):
    s = site_behind_varnish
    for page in (s.story, s.stories, s.unrelated):
        assert cache_status(page) == "MISS"
        assert cache_status(page) == "HIT", page.full_url

    # A visitor with a session always reaches the site.
    assert cache_status(s.story, cookie="sessionid=abc") == "MISS"

    s.story.title = "Test story, retitled behind Varnish"
    s.story.save_revision().publish()
    headers, body = through_varnish(s.story)
    assert headers["X-Cache"] == "MISS" and "Test story, retitled behind Varnish" in body
    assert cache_status(s.stories) == "MISS"  # its index page went with it
    assert cache_status(s.unrelated) == "HIT"

    BusinessFunctionFactory(name="Test function behind Varnish")  # a taxonomy: every page is banned
    assert cache_status(s.unrelated) == "MISS"

    # A page with a form carries the visitor's CSRF token: Varnish never keeps it.
    site = s.opportunity
    first_headers, first = through_varnish(site)
    second_headers, second = through_varnish(site, cookie="csrftoken=" + "a" * 32)
    assert (first_headers["X-Cache"], second_headers["X-Cache"]) == ("MISS", "MISS")
    assert "private" in first_headers["Cache-Control"]
    assert TOKEN.search(first)[1] != TOKEN.search(second)[1]
