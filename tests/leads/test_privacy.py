"""Retention purge, export and erasure of everything held about an e-mail address."""

import json
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from leads.models import ConsentRecord, Download, Lead, PrivacyLog, Submission
from tests.leads.helpers import booklet_url, gate_data

pytestmark = pytest.mark.django_db


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def make_lead(email, **fields):
    return Lead.objects.create(kind=Lead.Kind.BOOKLET, name="Person", email=email, language="en", **fields)


def test_purge_deletes_only_leads_past_the_retention_period(db, settings):
    settings.LEADS_RETENTION_DAYS = 730
    start = timezone.now()
    with time_machine.travel(start - timedelta(days=731)):
        expired = make_lead("expired@example.com")
        ConsentRecord.objects.create(lead=expired, purpose="download", text="t", text_version="1", language="en")
    with time_machine.travel(start - timedelta(days=729)):
        kept_old = make_lead("almost@example.com")
    recent = make_lead("recent@example.com")

    with time_machine.travel(start):
        assert "1 lead(s) older than 730 days deleted." in run("purge_expired_leads")

    assert set(Lead.objects.values_list("pk", flat=True)) == {kept_old.pk, recent.pk}
    assert not ConsentRecord.objects.filter(lead_id=expired.pk).exists()
    log = PrivacyLog.objects.get(action="purge")
    assert log.leads_affected == 1


def test_the_retention_period_is_a_setting(db, settings):
    with time_machine.travel(timezone.now() - timedelta(days=40)):
        make_lead("a@example.com")
    settings.LEADS_RETENTION_DAYS = 60
    run("purge_expired_leads")
    assert Lead.objects.count() == 1
    settings.LEADS_RETENTION_DAYS = 30
    run("purge_expired_leads")
    assert Lead.objects.count() == 0


def test_export_gives_everything_held_about_an_address(client, sector_site):
    client.get("/en/?utm_campaign=export-test")
    client.post(booklet_url(), gate_data())
    make_lead("someone.else@example.com")

    data = json.loads(run("export_lead_data", "ADA@analytical.example"))
    (lead,) = data["leads"]
    assert lead["name"] == "Ada Lovelace"
    assert lead["utm_campaign"] == "export-test"
    assert sorted(c["purpose"] for c in lead["consents"]) == ["download", "newsletter"]
    assert lead["downloads"][0]["booklet"] == "Test booklet Life sciences"
    (submission,) = lead["submissions"]
    assert (submission["kind"], submission["name"], submission["company"]) == (
        "booklet",
        "Ada Lovelace",
        "Analytical Engines Ltd",
    )
    assert submission["campaign"] == {
        "utm_campaign": "export-test",
        "landing_url": submission["campaign"]["landing_url"],
    }
    assert submission["source_url"] == "http://testserver/en/sectors/life-sciences/"
    log = PrivacyLog.objects.get(action="export")
    assert "ada@" not in log.subject_hash and log.leads_affected == 1


def test_erasure_removes_every_trace_of_an_address(client, sector_site):
    client.post(booklet_url(), gate_data())
    client.post(booklet_url(sector_slug="aerospace-defence"), {"returning": "1"})
    client.__class__().post(booklet_url(), gate_data(name="Ada L."))  # a second submission, another browser
    other = make_lead("someone.else@example.com")
    assert Download.objects.filter(lead__email="ada@analytical.example").count() == 3
    assert Submission.objects.filter(email="ada@analytical.example").count() == 2

    assert "1 lead(s) erased." in run("erase_lead_data", "Ada@Analytical.example")

    assert not Lead.objects.filter(email__iexact="ada@analytical.example").exists()
    assert not ConsentRecord.objects.exclude(lead=other).exists()
    assert not Download.objects.exists()
    assert not Submission.objects.exists()
    assert list(Lead.objects.all()) == [other]
    # The log proves the erasure without keeping the address.
    log = PrivacyLog.objects.get(action="erase")
    assert log.leads_affected == 1
    assert not PrivacyLog.objects.filter(subject_hash__icontains="ada").exists()
    for model in (Lead, Submission, ConsentRecord, Download, PrivacyLog):
        for row in model.objects.values():
            assert "ada@analytical.example" not in json.dumps(row, default=str).lower()
            assert "lovelace" not in json.dumps(row, default=str).lower()


def test_staff_export_and_erase_from_the_admin(client, sector_site):
    from django.contrib.auth import get_user_model

    visitor = client.__class__()
    visitor.post(booklet_url(), gate_data())
    staff = get_user_model().objects.create_superuser("dpo", "dpo@invest.example", "pw")
    client.force_login(staff)

    response = client.post("/admin/leads-privacy/", {"email": "ada@analytical.example", "action": "export"})
    assert response["Content-Disposition"].startswith("attachment;")
    assert json.loads(response.content)["leads"][0]["company"] == "Analytical Engines Ltd"

    refused = client.post("/admin/leads-privacy/", {"email": "ada@analytical.example", "action": "erase"})
    assert "Tick this box to confirm the erasure." in refused.content.decode()
    assert Lead.objects.count() == 1

    done = client.post(
        "/admin/leads-privacy/", {"email": "ada@analytical.example", "action": "erase", "confirm": "on"}, follow=True
    )
    assert "1 lead(s) erased." in done.content.decode()
    assert Lead.objects.count() == 0
    assert list(PrivacyLog.objects.order_by("performed_at").values_list("action", "performed_by")) == [
        ("export", "dpo"),
        ("erase", "dpo"),
    ]


def test_privacy_tools_need_the_permission(client, sector_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    editor = get_user_model().objects.create_user("editor", "e@invest.example", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/leads-privacy/").status_code in (302, 403)
