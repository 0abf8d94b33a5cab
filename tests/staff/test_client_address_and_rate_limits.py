"""Rate limits count per client address, which X-Forwarded-For gives only behind a trusted proxy."""

import pytest
from django.test import RequestFactory

from home.client_address import client_ip

pytestmark = pytest.mark.django_db


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_the_header_is_ignored_without_a_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("10.0.0.2", "203.0.113.9")) == "10.0.0.2"


def test_behind_proxies_the_client_is_counted_from_the_right(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # Whatever the client wrote on the left is not believed; the proxy appended the real peer.
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.1")) == "203.0.113.9"
    assert client_ip(request_from("10.0.0.2", "203.0.113.9")) == "10.0.0.2"  # bypassed a proxy
    assert client_ip(request_from("10.0.0.2", "not-an-address, 10.0.0.1")) == "10.0.0.2"


def contact(client, number, **extra):
    return client.post(
        "/api/v2/leads/contact/", {"email": f"person{number}@example.com"}, content_type="application/json", **extra
    )


def test_api_limits_each_address_behind_a_trusted_proxy(client, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 2
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(2):
        assert contact(client, number, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code != 429
    blocked = contact(client, 3, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "rate_limited"
    assert 0 < int(blocked["Retry-After"]) <= 3600
    assert contact(client, 4, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code != 429


def test_a_forged_header_does_not_escape_the_limit_without_a_proxy(client, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 2
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(2):
        contact(client, number, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    assert contact(client, 3, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
