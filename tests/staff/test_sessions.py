"""Staff sessions end after 30 idle minutes and 12 hours after sign-in; visitors' do not."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.staff.conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(make_staff, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 30 * 60
    settings.STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60
    return make_staff("editor", "Editors")


def test_an_idle_staff_session_ends(client, editor):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        sign_in(client, "editor")
        clock.shift(timedelta(minutes=29))
        assert client.get("/admin/").status_code == 200
        clock.shift(timedelta(minutes=29))
        assert client.get("/admin/").status_code == 200  # each request restarts the idle clock
        clock.shift(timedelta(minutes=31))
        expired = client.get("/admin/pages/")
        assert expired.status_code == 302 and "/admin/login/" in expired["Location"]
        assert client.get("/admin/").status_code == 302


def test_a_busy_staff_session_still_ends_after_its_lifetime(client, editor):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        sign_in(client, "editor")
        for _step in range(11 * 3):  # every 20 minutes for 11 hours
            clock.shift(timedelta(minutes=20))
            assert client.get("/admin/").status_code == 200
        clock.shift(timedelta(hours=1, minutes=1))
        assert client.get("/admin/").status_code == 302


def test_a_visitors_session_is_not_timed(client, editor, site_tree):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert client.get("/en/").status_code == 200
        client.session.save()
        session = client.session
        session["leads.lead_id"] = 1
        session.save()
        clock.shift(timedelta(hours=13))
        client.get("/en/")
        assert client.session.get("leads.lead_id") == 1
