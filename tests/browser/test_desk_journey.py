"""The desk in headless Chromium: an enquiry arrives, is acknowledged and routed; the handler logs a call, opens
a project, moves it to site visit, attaches two sites, records the proposal sent, lands it; the company is then
in aftercare and the project in the dashboard. An axe scan of the desk's own pages. Built with factories."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.signals import page_published

from sectors.models import SectorPage
from sectors.signals import _sector_published
from tests.browser.conftest import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password"


@pytest.fixture
def desk(transactional_db, settings, django_user_model):
    from desk.models import RoutingRule
    from tests.leads.factories import build_lead_site
    from tests.opportunities.factories import build_catalogue, make_site

    settings.DESK_ACKNOWLEDGE_ENQUIRERS = True
    settings.LEADS_FORM_MIN_SECONDS = 0
    # In a transactional test a sector's publication commits and generates its booklet (sectors/signals.py),
    # which the factory then creates again: the generation waits until the site is built.
    page_published.disconnect(sender=SectorPage, dispatch_uid="sectors-booklet-published")
    try:
        site = build_lead_site()
    finally:
        page_published.connect(_sector_published, sender=SectorPage, dispatch_uid="sectors-booklet-published")
    catalogue = build_catalogue(site.tree)
    sites = [make_site(catalogue.index, "Cremona riverside plot"), make_site(catalogue.index, "Lodi logistics shed")]
    marta = django_user_model.objects.create_user("marta", "marta@desk.example", PASSWORD, first_name="Marta")
    # A live-server test before this one empties the tables, the groups made by migrations included:
    # the shipped roles are applied again, with the desk's own grants (desk/migrations 0002, 0004).
    from django.apps import apps
    from django.contrib.auth.models import Permission

    from staff.roles import apply_roles

    apply_roles(apps)
    desk_group = Group.objects.get(name="Investment desk")
    desk_group.permissions.add(*Permission.objects.filter(content_type__app_label="desk"))
    marta.groups.add(desk_group)
    RoutingRule.objects.create(name="Site searches", service="site_search", handler=marta)
    return sites


def sign_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("marta")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def move(page, live_server, project, stage):
    page.goto(f"{live_server.url}/admin/desk/board/")
    card = page.locator(".desk-board__card", has_text=project)
    card.get_by_label("Move to").select_option(label=stage)
    card.get_by_role("button", name="Move").click()
    page.get_by_text(f"moved to {stage}").wait_for()


def test_from_enquiry_to_aftercare_and_the_dashboard(live_server, desk, page):
    from desk.models import Inquiry, Investor, Project
    from tests.desk.helpers import send_request

    send_request(name="Grace Hopper", email="grace@compilers.example", company="Compilers GmbH")
    inquiry = Inquiry.objects.select_related("lead__assignee").get()
    assert inquiry.acknowledged_at is not None and inquiry.lead.assignee.username == "marta"
    recipients = [address for message in mail.outbox for address in message.to]
    assert "grace@compilers.example" in recipients and "marta@desk.example" in recipients  # acknowledged, routed

    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/leads/inspect/{inquiry.lead_id}/")
    page.get_by_role("link", name="Record an activity").click()
    page.get_by_label("Kind").select_option(label="Call")
    page.get_by_label("Subject").fill("First call with Grace")
    page.get_by_role("button", name="Create").first.click()
    page.wait_for_url("**/admin/desk/activities/")
    inquiry.refresh_from_db()
    assert inquiry.first_response_at is not None

    page.goto(f"{live_server.url}/admin/leads/inspect/{inquiry.lead_id}/")
    page.get_by_role("link", name="Open a project").click()
    page.get_by_role("button", name="Create").first.click()
    page.wait_for_url("**/admin/desk/projects/")
    project = Project.objects.get()
    assert project.company == inquiry.company and list(project.leads.all()) == [inquiry.lead]

    move(page, live_server, project.title, "Site visit")
    page.goto(f"{live_server.url}/admin/desk/projects/edit/{project.pk}/")
    page.get_by_label("Sites considered").select_option(label=[site.title for site in desk])
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url("**/admin/desk/projects/")
    assert project.sites.count() == 2

    page.goto(f"{live_server.url}/admin/desk/projects/inspect/{project.pk}/")
    page.get_by_role("link", name="Record an activity").click()
    page.get_by_label("Kind").select_option(label="E-mail sent")
    page.get_by_label("Subject").fill("Proposal: two sites and the incentives")
    page.get_by_role("button", name="Create").first.click()
    page.wait_for_url("**/admin/desk/activities/")
    move(page, live_server, project.title, "Proposal")
    move(page, live_server, project.title, "Landed")

    assert Investor.objects.get().company == project.company
    page.goto(f"{live_server.url}/admin/desk/aftercare/")
    page.get_by_role("link", name="All established investors").wait_for()
    assert page.get_by_role("cell", name=project.company.name).count() == 0  # first follow-up in six months
    page.goto(f"{live_server.url}/admin/desk/investors/")
    assert page.get_by_text(project.company.name).first.is_visible()

    page.goto(f"{live_server.url}/admin/desk/dashboard/")
    funnel = page.get_by_role("table", name="Funnel: projects that reached each stage")
    assert funnel.get_by_role("row", name="Landed").inner_text().split("\t")[:2] == ["Landed", "1"]
    assert wcag_violations(page) == []
    page.goto(f"{live_server.url}/admin/desk/aftercare/")
    assert wcag_violations(page) == []
