"""Freshness on a frozen clock: a reminder at six months, a staff flag at twelve, hidden after the grace."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db

OWNER = "owner@padana.example"


def frozen(day):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(6, 0), tzinfo=datetime.UTC), tick=False)


def verified_on(site, day):
    group = OpportunityPage.objects.filter(translation_key=site.translation_key)
    group.update(last_verified=day, contact_email=OWNER)
    return group


def mails_to_owner():
    return [message for message in mail.outbox if message.to == [OWNER]]


def run_command():
    call_command("check_opportunity_freshness", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_owner_is_reminded_after_six_months_and_one_click_reconfirms(client, catalogue):
    site = catalogue[2][0]  # also translated into Italian
    group = verified_on(site, datetime.date(2026, 1, 10))
    with frozen(datetime.date(2026, 7, 5)):
        run_command()
    assert mails_to_owner() == []
    with frozen(datetime.date(2026, 7, 12)):
        run_command()
        run_command()  # the daily run does not send the same reminder twice
    assert len(mails_to_owner()) == 1
    message = mails_to_owner()[0]
    # Bilingual: sites entered by staff have no known language.
    assert "one click on this link confirms it" in message.body and "confermi con un clic" in message.body
    assert "ancora disponibile" in message.subject
    path = re.search(r"http://testserver(/en/owners/reconfirm/\S+)", message.body).group(1)
    with frozen(datetime.date(2026, 7, 13)):
        assert "Is your site still available?" in client.get(path).content.decode()
    with frozen(datetime.date(2026, 7, 14)):
        response = client.post(path)
        assert "is confirmed as available" in response.content.decode()
        assert client.post(path).status_code == 410  # the link has done its job
    assert {page.last_verified for page in group.all()} == {datetime.date(2026, 7, 14)}
    assert group.count() == 2
    assert '<time datetime="2026-07-14">' in client.get(site.url).content.decode()


def test_a_reconfirmation_link_expires(client, catalogue):
    site = catalogue[2][1]
    verified_on(site, datetime.date(2026, 1, 10))
    with frozen(datetime.date(2026, 7, 12)):
        run_command()
    path = re.search(r"http://testserver(/en/owners/reconfirm/\S+)", mails_to_owner()[0].body).group(1)
    with frozen(datetime.date(2026, 10, 1)):
        assert client.post(path).status_code == 410
    assert OpportunityPage.objects.get(pk=site.pk).last_verified == datetime.date(2026, 1, 10)


def test_stale_sites_are_flagged_to_staff_then_hidden_after_the_grace_period(client, catalogue):
    site = catalogue[2][3]
    group = verified_on(site, datetime.date(2025, 6, 1))
    staff = get_user_model().objects.create_superuser("staff", "staff@region.example", "pw")
    client.force_login(staff)
    with frozen(datetime.date(2026, 6, 5)):
        run_command()
        assert all(page.live for page in group.all())
        report = client.get("/admin/opportunities/stale/").content.decode()
        assert site.title in report and "Live, to be hidden" in report
        dashboard = client.get("/admin/").content.decode()
        assert "Sites to reconfirm" in dashboard and "not been reconfirmed by" in dashboard
    assert site.title in client.get("/en/opportunities/?q=Site+03").content.decode()
    with frozen(datetime.date(2026, 7, 2)):
        run_command()
    assert not any(page.live for page in group.all())
    client.logout()
    assert client.get(site.url).status_code == 404
    assert f">{site.title}</a>" not in client.get("/en/opportunities/").content.decode()
    other = catalogue[2][1]
    assert OpportunityPage.objects.get(pk=other.pk).live
