"""A person's export and erasure reach the desk: contacts, companies, projects, activities and tasks."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from desk import stages
from desk.models import Activity, Company, Contact, Inquiry, Project, StageChange
from leads.models import Lead, PrivacyLog, Submission
from webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db
ADA = "ada@analytical.example"


def lead(email, company, name="Ada Lovelace"):
    made = Lead.objects.create(kind=Lead.Kind.CONTACT, name=name, email=email, language="en", notes="Prefers calls")
    Submission.objects.create(lead=made, kind=made.kind, name=name, email=email, language="en")
    defaults = {"name": name, "language": "en", "company": company}
    contact, _ = Contact.objects.get_or_create(email=email, defaults=defaults)
    Inquiry.objects.create(lead=made, contact=contact, company=company)
    return made


@pytest.fixture
def ada(desk_member):
    """Ada, alone at her company, with a project; Grace's company, where Ada also wrote once, stays."""
    own = Company.objects.create(name="Analytical Engines Ltd", domain="analytical.example")
    shared = Company.objects.create(name="Harvard Mark", domain="mark.example")
    first = lead(ADA, own)
    grace = lead("grace@mark.example", shared, name="Grace Hopper")
    project = Project.objects.create(title="Engine works", company=own, expected_investment=5_000_000)
    project.leads.add(first)
    stages.record(project, "", desk_member)
    stages.move(project, Project.Stage.SITE_VISIT, desk_member)
    Activity.objects.create(kind=Activity.Kind.CALL, subject="Discovery call", body="Wants 2 ha", lead=first)
    Activity.objects.create(
        kind=Activity.Kind.TASK,
        subject="Send the site list",
        project=project,
        assignee=desk_member,
        due_at=timezone.now(),
    )
    Activity.objects.create(kind=Activity.Kind.EMAIL, subject="Hello", company=shared, email_to=ADA)
    Activity.objects.create(kind=Activity.Kind.NOTE, subject="Grace's note", lead=grace)
    return {"lead": first, "project": project, "grace": grace}


def test_a_persons_export_holds_their_notes_activities_tasks_projects_and_companies(ada):
    out = StringIO()
    call_command("export_lead_data", ADA, stdout=out)
    data = json.loads(out.getvalue())
    (exported_lead,) = data["leads"]
    assert exported_lead["notes"] == "Prefers calls"
    desk = data["desk"]
    assert [c["email"] for c in desk["contacts"]] == [ADA]
    assert [c["name"] for c in desk["companies"]] == ["Analytical Engines Ltd"]
    (project,) = desk["projects"]
    assert (project["title"], project["stage"], project["expected_investment_eur"]) == (
        "Engine works",
        "site_visit",
        "5000000",
    )
    assert [(s["from"], s["to"], s["by"]) for s in project["stages"]] == [
        ("", "enquiry", "marta"),
        ("enquiry", "site_visit", "marta"),
    ]
    activities = {(a["kind"], a["subject"]) for a in desk["activities"]}
    assert activities == {("call", "Discovery call"), ("task", "Send the site list"), ("email", "Hello")}
    assert "Grace" not in out.getvalue()


def test_erasure_leaves_only_anonymised_counts(ada, settings):
    hook = Endpoint.objects.create(name="CRM", url="https://crm.example/h", events=["lead.created"])
    Delivery.objects.create(endpoint=hook, event="lead.created", body=json.dumps({"data": {"email": ADA}}))
    kept = Delivery.objects.create(endpoint=hook, event="lead.created", body='{"data": {"email": "x@y.example"}}')

    call_command("erase_lead_data", ADA.upper(), stdout=StringIO())

    assert not Lead.objects.filter(email__iexact=ADA).exists()
    assert not Contact.objects.filter(email__iexact=ADA).exists()
    assert not Company.objects.filter(domain="analytical.example").exists()  # only Ada held it
    assert not Project.objects.filter(title="Engine works").exists()
    assert not StageChange.objects.exists()
    assert set(Activity.objects.values_list("subject", flat=True)) == {"Grace's note"}
    assert list(Delivery.objects.all()) == [kept]
    # Grace and her company are untouched.
    assert Lead.objects.get().email == "grace@mark.example"
    assert Company.objects.get().name == "Harvard Mark"
    log = PrivacyLog.objects.get(action="erase")
    assert log.counts == {"leads": 1, "contacts": 1, "companies": 1, "projects": 1, "activities": 3}
    assert ADA not in json.dumps([log.subject_hash, log.counts, log.performed_by]).lower()


def test_a_company_with_another_person_is_kept_when_one_is_erased(ada):
    colleague = "charles@analytical.example"
    lead(colleague, Company.objects.get(domain="analytical.example"), name="Charles Babbage")
    call_command("erase_lead_data", ADA, stdout=StringIO())
    assert Company.objects.filter(domain="analytical.example").exists()
    assert Contact.objects.filter(email=colleague).exists()
    assert not Project.objects.filter(title="Engine works").exists()  # its only lead was Ada's


def refused(response):
    """Wagtail answers a denied admin page with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def test_only_the_privacy_officer_opens_the_privacy_tools(client, privacy_officer, desk_member, editor, ada):
    for user in (editor, desk_member):
        client.force_login(user)
        assert refused(client.get("/admin/leads-privacy/"))
        assert refused(client.post("/admin/leads-privacy/", {"email": ADA, "action": "erase", "confirm": "on"}))
    assert Lead.objects.filter(email=ADA).exists()

    client.force_login(privacy_officer)
    assert client.get("/admin/leads-privacy/").status_code == 200
    export = client.post("/admin/leads-privacy/", {"email": ADA, "action": "export"})
    assert [a["subject"] for a in json.loads(export.content)["desk"]["activities"]].count("Discovery call") == 1
    client.post("/admin/leads-privacy/", {"email": ADA, "action": "erase", "confirm": "on"})
    assert not Lead.objects.filter(email=ADA).exists()
