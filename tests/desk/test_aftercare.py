"""Aftercare: a landed project makes an established investor, follow-ups come due on a frozen clock and in
the digest, expansions open projects, success stories add investors; only the desk sees any of it."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from desk import aftercare
from desk.models import Activity, Company, Expansion, Investor, Project
from desk.models.aftercare import add_months

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def project(db, desk_member):
    company = Company.objects.create(name="Landing Robotics SpA", domain="landing.example")
    return Project.objects.create(title="Robot plant", company=company, stage="decision", assignee=desk_member)


def test_a_project_landing_on_the_board_makes_an_established_investor_once(client, project, desk_member):
    with time_machine.travel(datetime.datetime(2026, 8, 31, 11, 0, tzinfo=ROME)):
        client.force_login(desk_member)
        client.post("/admin/desk/board/", {"project": project.pk, "stage": "landed"})
    investor = Investor.objects.get(company=project.company)
    assert (investor.project, investor.established_on, investor.next_follow_up, investor.handler) == (
        project,
        datetime.date(2026, 8, 31),
        datetime.date(2027, 2, 28),  # six months on, the last day of a shorter month
        desk_member,
    )
    client.force_login(desk_member)
    client.post("/admin/desk/board/", {"project": project.pk, "stage": "on_hold"})
    client.post("/admin/desk/board/", {"project": project.pk, "stage": "landed"})
    assert Investor.objects.count() == 1


def test_add_months_keeps_the_day_or_the_months_last():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)
    assert add_months(datetime.date(2027, 12, 31), 12) == datetime.date(2028, 12, 31)


@pytest.fixture
def investors(db):
    def investor(name, next_follow_up):
        company = Company.objects.create(name=name)
        return Investor.objects.create(
            company=company, established_on=datetime.date(2024, 1, 1), next_follow_up=next_follow_up
        )

    return {
        "late": investor("Late Follow Srl", datetime.date(2026, 11, 20)),
        "today": investor("Today Follow Srl", datetime.date(2026, 12, 3)),
        "soon": investor("Soon Follow Srl", datetime.date(2026, 12, 30)),
        "later": investor("Later Follow Srl", datetime.date(2027, 3, 1)),
    }


def test_follow_ups_due_are_listed_with_the_overdue_flagged_on_a_frozen_clock(client, investors, desk_member):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, 0, tzinfo=ROME)):
        client.force_login(desk_member)  # in the frozen day: the admin's sessions are short
        due = aftercare.follow_ups_due()
        page = client.get("/admin/desk/aftercare/").content.decode()
    assert [(investor.company.name, overdue) for investor, overdue in due] == [
        ("Late Follow Srl", True),
        ("Today Follow Srl", False),
        ("Soon Follow Srl", False),
    ]
    assert "Later Follow Srl" not in page
    late_row = page[page.index("Late Follow Srl") : page.index("Today Follow Srl")]
    assert "Overdue" in late_row and "Overdue" not in page[page.index("Today Follow Srl") :]


def test_the_digest_mentions_follow_ups_due(investors, desk_member):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 7, 0, tzinfo=ROME)):
        call_command("desk_digest")
    (digest,) = mail.outbox
    assert digest.subject == "Investment desk: 0 requests overdue, 2 aftercare follow-ups due"
    assert "Late Follow Srl" in digest.body and "Today Follow Srl" in digest.body
    assert "Soon Follow Srl" not in digest.body


def test_recording_a_follow_up_sets_the_next_one_and_logs_it(client, investors, desk_member):
    late = investors["late"]
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, 0, tzinfo=ROME)):
        client.force_login(desk_member)
        response = client.post("/admin/desk/aftercare/", {"investor": late.pk, "note": "Hiring 20 more"}, follow=True)
    assert "the next is due on 3 June 2027" in response.content.decode()
    late.refresh_from_db()
    assert (late.last_follow_up, late.next_follow_up) == (datetime.date(2026, 12, 3), datetime.date(2027, 6, 3))
    (activity,) = Activity.objects.filter(company=late.company)
    assert (activity.subject, activity.body, activity.author) == ("Aftercare follow-up", "Hiring 20 more", desk_member)


def test_an_expansion_opens_a_new_project_once(client, investors, desk_member):
    client.force_login(desk_member)
    expansion = Expansion.objects.create(
        investor=investors["soon"],
        identified_on=datetime.date(2026, 11, 1),
        description="Second production line",
        expected_investment=5_000_000,
        expected_jobs=40,
    )
    assert (
        "Open a project for this expansion"
        in client.get(f"/admin/desk/expansions/inspect/{expansion.pk}/").content.decode()
    )
    client.post(f"/admin/desk/expansions/{expansion.pk}/open-project/")
    client.post(f"/admin/desk/expansions/{expansion.pk}/open-project/")
    (project,) = Project.objects.all()
    assert (project.title, project.company, project.expected_jobs, project.stage) == (
        "Second production line",
        investors["soon"].company,
        40,
        "enquiry",
    )
    expansion.refresh_from_db()
    assert expansion.project == project and project.stage_changes.count() == 1


def test_success_stories_add_their_companies_as_investors_once(client, desk_member):
    from tests.stories.factories import build_stories

    build_stories()
    Company.objects.create(name="alpha labs")  # already known to the desk: joined, not duplicated
    client.force_login(desk_member)
    client.post("/admin/desk/aftercare/", {"action": "stories"})
    client.post("/admin/desk/aftercare/", {"action": "stories"})
    investors = Investor.objects.select_related("company", "story")
    assert investors.count() == 6 and Company.objects.count() == 6
    alpha = investors.get(company__name="alpha labs")
    assert (alpha.story.company_name, alpha.established_on, alpha.illustrative) == (
        "Alpha Labs",
        datetime.date(2024, 1, 1),
        True,
    )


AFTERCARE_PAGES = [
    "/admin/desk/dashboard/",
    "/admin/desk/dashboard/export.csv?start=2026-01-01&end=2026-12-31",
    "/admin/desk/dashboard/export.xlsx?start=2026-01-01&end=2026-12-31",
    "/admin/desk/aftercare/",
    "/admin/desk/investors/",
    "/admin/desk/aftercare-issues/",
    "/admin/desk/expansions/",
]


def test_an_editor_cannot_open_the_dashboard_or_aftercare_and_the_desk_can(client, investors, editor, desk_member):
    client.force_login(editor)
    for url in AFTERCARE_PAGES:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Late Follow Srl" not in response.content.decode()
    assert client.post("/admin/desk/aftercare/", {"investor": investors["late"].pk}).status_code in (302, 403)
    investors["late"].refresh_from_db()
    assert investors["late"].last_follow_up is None
    admin_home = client.get("/admin/").content.decode()
    assert "Desk dashboard" not in admin_home and "Aftercare follow-ups due" not in admin_home

    client.force_login(desk_member)
    for url in AFTERCARE_PAGES:
        assert client.get(url).status_code == 200, url
