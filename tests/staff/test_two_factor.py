"""A second factor for the groups that see personal data or decide, with single-use recovery codes."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff.conftest import sign_in

pytestmark = pytest.mark.django_db

TOKEN_PAGE = "/admin/2fa/auth"
CODES_PAGE = "/admin/2fa/recovery-codes/"


def app_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def desk_with_app(make_staff):
    user = make_staff("desk", "Investment desk")
    return user, TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def test_a_desk_member_without_an_app_must_set_one_up(client, make_staff, security_on):
    make_staff("desk", "Investment desk")
    sign_in(client, "desk")
    response = client.get("/admin/leads/")
    assert response.status_code == 302 and "/admin/2fa/devices/new" in response["Location"]


def test_superusers_need_the_second_factor_too(client, make_staff, security_on):
    make_staff("boss", superuser=True)
    sign_in(client, "boss")
    assert "/admin/2fa/devices/new" in client.get("/admin/").headers["Location"]


def test_editors_work_with_a_password_only(client, make_staff, security_on):
    make_staff("editor", "Editors")
    sign_in(client, "editor")
    assert client.get("/admin/pages/").status_code == 200


def test_the_leads_open_only_after_the_apps_code(client, desk_with_app, security_on):
    _user, device = desk_with_app
    sign_in(client, "desk")
    assert TOKEN_PAGE in client.get("/admin/leads/").headers["Location"]
    with time_machine.travel(timezone.now()) as clock:
        assert client.post(TOKEN_PAGE, {"otp_token": "000000"}).status_code == 200  # wrong code: asked again
        assert client.get("/admin/leads/").status_code == 302
        clock.shift(timedelta(seconds=5))  # django-otp throttles: one second after one failure
        response = client.post(TOKEN_PAGE, {"otp_token": app_code(device), "next": "/admin/leads/"})
    assert response.status_code == 302
    assert client.get("/admin/leads/").status_code == 200


def test_recovery_codes_are_shown_once_and_each_works_once(client, desk_with_app, security_on):
    _user, device = desk_with_app
    sign_in(client, "desk")
    client.post(TOKEN_PAGE, {"otp_token": app_code(device)})
    made = client.post(CODES_PAGE)
    codes = made.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(code in made.content.decode() for code in codes)
    later = client.get(CODES_PAGE).content.decode()
    assert codes[0] not in later and "10 unused recovery codes" in later

    client.post("/admin/logout/")
    sign_in(client, "desk")
    assert client.post(TOKEN_PAGE, {"otp_token": codes[0].upper()}).status_code == 302
    assert client.get("/admin/leads/").status_code == 200

    client.post("/admin/logout/")
    sign_in(client, "desk")
    assert client.post(TOKEN_PAGE, {"otp_token": codes[0]}).status_code == 200  # used up
    assert client.get("/admin/leads/").status_code == 302


def test_no_recovery_codes_without_an_app(client, make_staff, security_on):
    security_on.WAGTAIL_2FA_REQUIRED = False
    client.force_login(make_staff("desk", "Investment desk"))
    response = client.post(CODES_PAGE)
    assert response.context["codes"] is None
    assert "Set up an authenticator app first" in response.content.decode()
