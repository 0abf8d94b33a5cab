"""Projects through their stages, the first-response target on a frozen clock, the digest, and who sees the desk."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from desk import stages
from desk.models import Activity, Company, Inquiry, Partner, Project, Referral
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def project(db):
    company = Company.objects.create(name="Compilers GmbH", domain="compilers.example")
    return Project.objects.create(title="Test plant near Brescia", company=company, expected_investment=12_000_000)


def test_a_stage_change_on_the_board_is_recorded_with_who_and_when(client, project, desk_member):
    client.force_login(desk_member)
    moment = timezone.now()
    response = client.post("/admin/desk/board/", {"project": project.pk, "stage": "site_visit"})
    assert response.status_code == 302

    (change,) = project.stage_changes.all()
    assert (change.from_stage, change.to_stage, change.changed_by) == ("enquiry", "site_visit", desk_member)
    assert abs(change.changed_at - moment) < datetime.timedelta(seconds=5)
    entry = ModelLogEntry.objects.get(action="desk.stage", object_id=str(project.pk))
    assert entry.user == desk_member and entry.message == "Stage changed from Enquiry to Site visit"
    board = client.get("/admin/desk/board/").content.decode()
    assert "Site visit (1)" in board and "Test plant near Brescia" in board


def test_a_lost_project_needs_its_reason(client, project, desk_member):
    client.force_login(desk_member)
    response = client.post("/admin/desk/board/", {"project": project.pk, "stage": "lost"}, follow=True)
    assert "Say why the project was lost." in response.content.decode()
    project.refresh_from_db()
    assert project.stage == "enquiry" and not project.stage_changes.exists()

    client.post("/admin/desk/board/", {"project": project.pk, "stage": "lost", "lost_reason": "other_country"})
    project.refresh_from_db()
    assert (project.stage, project.lost_reason) == ("lost", "other_country")


def test_editing_a_project_says_what_changed_in_its_history(client, project, desk_member):
    client.force_login(desk_member)
    response = client.post(
        f"/admin/desk/projects/edit/{project.pk}/",
        {
            "title": project.title,
            "company": project.company_id,
            "stage": "proposal",
            "expected_investment": "15000000",
            "expected_jobs": "80",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    history = client.get(f"/admin/desk/projects/history/{project.pk}/").content.decode()
    assert "Expected jobs: – → 80" in history
    assert "Stage changed from Enquiry to Proposal" in history


def test_an_unanswered_request_is_overdue_after_two_working_days_and_in_the_digest(desk_site, desk_member):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 10, 0, tzinfo=ROME)):
        send_request(name="Overdue Olga", email="olga@late.example", company="Late Srl")
        send_request(name="Answered Anton", email="anton@fast.example", company="Fast Srl")
    olga, anton = Inquiry.objects.get(lead__name="Overdue Olga"), Inquiry.objects.get(lead__name="Answered Anton")
    assert olga.respond_by == datetime.datetime(2026, 12, 9, 18, 0, tzinfo=ROME)
    with time_machine.travel(datetime.datetime(2026, 12, 4, 9, 0, tzinfo=ROME)):
        Activity.objects.create(kind="call", subject="First call", lead=anton.lead)

    with time_machine.travel(datetime.datetime(2026, 12, 9, 17, 59, tzinfo=ROME)):
        assert not Inquiry.objects.get(pk=olga.pk).is_overdue()
    with time_machine.travel(datetime.datetime(2026, 12, 10, 7, 0, tzinfo=ROME)):
        assert Inquiry.objects.get(pk=olga.pk).is_overdue()
        assert not Inquiry.objects.get(pk=anton.pk).is_overdue()
        mail.outbox.clear()
        call_command("desk_digest")

    (digest,) = mail.outbox
    assert digest.to == ["marta@desk.example"]
    assert digest.subject == "Investment desk: 1 request overdue"
    assert "Overdue Olga (Late Srl)" in digest.body and "Anton" not in digest.body
    assert "Europe/Rome" in digest.body


def test_no_digest_on_a_holiday(desk_site, desk_member):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 10, 0, tzinfo=ROME)):
        send_request()
    with time_machine.travel(datetime.datetime(2026, 12, 8, 7, 0, tzinfo=ROME)):  # Immacolata
        mail.outbox.clear()
        call_command("desk_digest")
    assert mail.outbox == []


def test_a_task_reminds_its_assignee_once(project, desk_member):
    due = datetime.datetime(2026, 12, 4, 12, 0, tzinfo=ROME)
    Activity.objects.create(
        kind="task",
        subject="Send the site list",
        project=project,
        assignee=desk_member,
        due_at=due,
        remind_at=due - datetime.timedelta(hours=3),
    )
    with time_machine.travel(due - datetime.timedelta(hours=2)):
        call_command("desk_reminders")
        call_command("desk_reminders")
    (reminder,) = mail.outbox
    assert reminder.to == ["marta@desk.example"] and reminder.subject == "Reminder: Send the site list"


DESK_PAGES = [
    "/admin/desk/board/",
    "/admin/desk/projects/",
    "/admin/desk/inquiries/",
    "/admin/desk/companies/",
    "/admin/desk/contacts/",
    "/admin/desk/activities/",
    "/admin/desk/partners/",
    "/admin/desk/referrals/",
    "/admin/desk/email-templates/",
    "/admin/desk/routing-rules/",
]


def test_an_editor_cannot_open_any_desk_page_and_the_desk_can(client, project, editor, desk_member):
    client.force_login(editor)
    pages = [
        *DESK_PAGES,
        f"/admin/desk/projects/edit/{project.pk}/",
        f"/admin/desk/companies/{project.company_id}/merge/",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Test plant near Brescia" not in response.content.decode()
    assert "Investment desk" not in client.get("/admin/").content.decode()

    client.force_login(desk_member)
    for url in pages:
        assert client.get(url).status_code == 200, url


def test_the_lead_page_shows_the_desk_timeline_to_the_desk_only(
    client, desk_site, desk_member, editor, django_user_model
):
    send_request()
    lead = Inquiry.objects.get().lead
    Activity.objects.create(kind="call", subject="Test first call with Grace", lead=lead)
    client.force_login(desk_member)
    page = client.get(f"/admin/leads/inspect/{lead.pk}/").content.decode()
    assert "Test first call with Grace" in page and "Compilers GmbH" in page


def test_the_project_page_shows_its_stages_referrals_and_timeline(client, project, desk_member):
    partner = Partner.objects.create(name="Test Comune di Brescia", kind="municipality")
    Referral.objects.create(
        project=project, partner=partner, subject="Zoning of the Test site", referred_on="2026-12-01"
    )
    Activity.objects.create(kind="site_visit", subject="Test visit to the plot", project=project)
    stages.move(project, "proposal", desk_member)
    client.force_login(desk_member)
    page = client.get(f"/admin/desk/projects/inspect/{project.pk}/").content.decode()
    assert "Test Comune di Brescia (Municipality): Zoning of the Test site" in page
    assert "Test visit to the plot" in page and "Proposal" in page and "marta" in page


def test_a_project_opened_from_a_lead_starts_with_its_company_and_the_lead(client, desk_site, desk_member):
    send_request()
    inquiry = Inquiry.objects.get()
    client.force_login(desk_member)
    lead_page = client.get(f"/admin/leads/inspect/{inquiry.lead_id}/").content.decode()
    assert f"/admin/desk/projects/new/?lead={inquiry.lead_id}" in lead_page

    form = client.get(f"/admin/desk/projects/new/?lead={inquiry.lead_id}").context["form"]
    assert form.initial["company"] == inquiry.company_id and form.initial["leads"] == [inquiry.lead_id]
    assert form.initial["title"] == "Compilers GmbH"


def test_inquiries_come_from_the_forms_only(client, desk_member):
    client.force_login(desk_member)
    assert client.get("/admin/desk/inquiries/new/").status_code in (302, 403)
