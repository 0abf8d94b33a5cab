"""Retention per record type, counted from the last activity; the purge's dry run lists exactly what it deletes."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from desk import stages
from desk.models import Activity, Company, Contact, Inquiry, Investor, Project
from leads.models import ConsentRecord, Lead, PrivacyLog, Submission

pytestmark = pytest.mark.django_db
NOW = timezone.now().replace(microsecond=0)
DAYS = {"contacts": 100, "companies": 300, "projects": 200, "activities": 200}


def ago(days):
    return time_machine.travel(NOW - timedelta(days=days), tick=False)


def lead(email, company=None):
    """A lead as a form leaves it: its first submission and consent, and the desk's inquiry and contact."""
    made = Lead.objects.create(kind=Lead.Kind.CONTACT, name="Person", email=email, language="en")
    Submission.objects.create(lead=made, kind=made.kind, name=made.name, email=email, language="en")
    ConsentRecord.objects.create(lead=made, purpose="contact", text="t", text_version="1", language="en")
    contact = Contact.objects.create(name="Person", email=email, language="en", company=company)
    Inquiry.objects.create(lead=made, contact=contact, company=company)
    return made


# Wagtail's own bookkeeping of references, updated by its signals on any delete: not a record of a person.
BOOKKEEPING = {"wagtailcore.ReferenceIndex"}


def everything():
    """Every row of every table (many-to-many links included), by model: what the purge may change."""
    return {
        model._meta.label: set(model._base_manager.values_list("pk", flat=True))
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.label not in BOOKKEEPING
    }


@pytest.fixture
def records(settings):
    settings.LEADS_RETENTION_DAYS = 100
    settings.PRIVACY_RETENTION_DAYS = DAYS
    with ago(400):
        quiet_company = Company.objects.create(name="Quiet Srl", domain="quiet.example")
        investor_company = Company.objects.create(name="Settled SpA", domain="settled.example")
        Investor.objects.create(company=investor_company, established_on=NOW.date(), next_follow_up=NOW.date())
        busy_company = Company.objects.create(name="Busy GmbH", domain="busy.example")
        old_project = Project.objects.create(title="Old plant", company=quiet_company)
        stages.record(old_project, "")
        live_project = Project.objects.create(title="Live plant", company=busy_company)
        stages.record(live_project, "")
        Activity.objects.create(kind=Activity.Kind.NOTE, subject="Old note", project=live_project)
    with ago(150):
        expired = lead("expired@quiet.example", quiet_company)
        edited = lead("edited@quiet.example", quiet_company)
        answered = lead("answered@busy.example", busy_company)
        Contact.objects.create(name="Card from a fair", email="card@fair.example", language="en")
        old_project.leads.add(expired)
    with ago(5):
        edited.status = Lead.Status.QUALIFIED  # an edit: it does not restart the clock
        edited.notes = "Called back"
        edited.save()
        Activity.objects.create(kind=Activity.Kind.CALL, subject="Call", lead=answered)
        stages.move(live_project, Project.Stage.QUALIFIED)
    return {"expired": expired, "edited": edited, "answered": answered, "live": live_project, "old": old_project}


def test_the_dry_run_changes_nothing_and_lists_exactly_what_the_real_run_deletes(records):
    before = everything()
    out = StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_leads", "--dry-run", stdout=out)
    listed = out.getvalue()
    assert everything() == before
    assert not PrivacyLog.objects.exists()

    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_leads", stdout=StringIO())
    after = everything()
    gone = {label: before[label] - after.get(label, set()) for label in before}
    gone = {label: pks for label, pks in gone.items() if pks}
    assert not any(after[label] - before.get(label, set()) for label in after if label != "leads.PrivacyLog")

    listed_rows = {}
    for line in listed.splitlines()[1:]:
        label, ids = line.removeprefix("would delete ").split(" (", 1)
        listed_rows[label] = {int(pk) for pk in ids.split(": ", 1)[1].split(", ")}
    assert listed_rows == gone

    # What went: the two quiet leads (one only edited lately) with their forms, consents, inquiries and
    # contacts, the fair's card, the old project with its stage history, the old note.
    assert gone["leads.Lead"] == {records["expired"].pk, records["edited"].pk}
    assert len(gone["desk.Contact"]) == 3  # the two leads' contacts and the fair's card
    assert gone["desk.Project"] == {records["old"].pk}
    assert len(gone["desk.StageChange"]) == 1
    # Quiet Srl's leads wrote 150 days ago: within the 300 days of a company.
    assert Company.objects.count() == 3
    assert not Activity.objects.filter(subject="Old note").exists()  # 400 days > 200 for activities
    assert set(Contact.objects.values_list("email", flat=True)) == {"answered@busy.example"}
    assert set(Lead.objects.values_list("email", flat=True)) == {"answered@busy.example"}
    log = PrivacyLog.objects.get()
    assert (log.action, log.leads_affected) == ("purge", 2)
    assert log.counts["desk.Project"] == 1


def test_a_recent_activity_keeps_a_lead_its_company_and_project(records):
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_leads", stdout=StringIO())
    answered = records["answered"]
    assert Lead.objects.filter(pk=answered.pk).exists()
    assert Inquiry.objects.filter(lead=answered).exists()
    assert Project.objects.filter(pk=records["live"].pk).exists()
    assert Company.objects.filter(name="Busy GmbH").exists()


def test_each_record_type_has_its_own_period(records, settings):
    settings.LEADS_RETENTION_DAYS = 200
    settings.PRIVACY_RETENTION_DAYS = {**DAYS, "projects": 500, "companies": 500, "activities": 500}
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_leads", stdout=StringIO())
    assert Lead.objects.count() == 3
    assert Project.objects.count() == 2
    assert Activity.objects.filter(subject="Old note").exists()
    assert not Contact.objects.filter(email="card@fair.example").exists()  # contacts: still 100 days


def test_a_company_goes_once_quiet_for_its_period_unless_it_is_an_established_investor(records, settings):
    settings.PRIVACY_RETENTION_DAYS = {**DAYS, "companies": 100}
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_leads", stdout=StringIO())
    # Busy GmbH has a project moved five days ago; Settled SpA is in aftercare.
    assert set(Company.objects.values_list("name", flat=True)) == {"Settled SpA", "Busy GmbH"}
