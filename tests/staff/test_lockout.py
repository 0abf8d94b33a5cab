"""Wrong passwords at the admin's login lock the account and the address out (django-axes)."""

import pytest

from tests.staff.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(security_on):
    security_on.AXES_FAILURE_LIMIT = 3
    security_on.WAGTAIL_2FA_REQUIRED = False
    return 3


def test_the_right_password_no_longer_works_after_too_many_wrong_ones(client, make_staff, limit):
    make_staff("editor", "Editors")
    for _attempt in range(limit - 1):
        assert sign_in(client, "editor", "wrong guess").status_code == 200
    locked = sign_in(client, "editor", "wrong guess")
    assert locked.status_code == 429
    assert "Sign-in temporarily blocked" in locked.content.decode()
    assert sign_in(client, "editor").status_code == 429
    assert client.get("/admin/").status_code == 302  # still signed out


def test_the_lockout_page_speaks_italian(client, make_staff, limit):
    make_staff("editor", "Editors")
    for _attempt in range(limit):
        response = sign_in(client, "editor", "wrong guess", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 429
    assert "Accesso temporaneamente bloccato" in response.content.decode()


def test_one_address_trying_many_accounts_is_locked_out(client, make_staff, limit):
    make_staff("desk", "Investment desk")
    for number in range(limit):
        sign_in(client, f"guess{number}", "wrong guess")
    assert sign_in(client, "desk").status_code == 429


def test_behind_a_trusted_proxy_each_client_address_counts_apart(client, make_staff, limit, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_staff("desk", "Investment desk")
    for number in range(limit):
        sign_in(client, f"guess{number}", "wrong guess", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert sign_in(client, f"guess{limit}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    # Another visitor behind the same proxy (same REMOTE_ADDR) still signs in.
    assert sign_in(client, "desk", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302


def test_without_a_trusted_proxy_a_forged_header_does_not_escape_the_lockout(client, make_staff, limit):
    make_staff("desk", "Investment desk")
    for number in range(limit):
        sign_in(client, f"guess{number}", "wrong guess", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    assert sign_in(client, "desk", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


def test_the_plain_django_admin_is_gone(client):
    assert client.get("/django-admin/login/").status_code == 404
