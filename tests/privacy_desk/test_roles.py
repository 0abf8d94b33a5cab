"""The shipped groups: the desk works leads and projects, the Privacy officer exports and erases, editors see none."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db
DESK_MODELS = ("company", "contact", "inquiry", "project", "stagechange", "activity")


def codenames(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name=group).permissions.all()}


def test_the_investment_desk_works_leads_and_projects_and_reads_the_webhook_log():
    desk = codenames("Investment desk")
    assert {"leads.view_lead", "leads.change_lead", "webhooks.view_delivery"} <= desk
    assert {f"desk.{action}_{model}" for model in DESK_MODELS for action in ("add", "change", "view")} <= desk
    assert "leads.delete_lead" not in desk  # erasure is the Privacy officer's
    assert not {p for p in desk if p.startswith("webhooks.") and p != "webhooks.view_delivery"}


def test_the_privacy_officer_runs_exports_and_erasure():
    assert "leads.delete_lead" in codenames("Privacy officer")


def test_editors_hold_no_desk_lead_or_webhook_permission():
    editors = codenames("Editors")
    assert not {p for p in editors if p.split(".")[0] in {"desk", "leads", "webhooks"}}


def test_the_desk_and_the_privacy_officer_need_a_second_factor():
    for group in ("Investment desk", "Privacy officer"):
        assert "wagtailadmin.enable_2fa" in codenames(group)


def test_desk_actions_are_in_wagtails_history(client, desk_member):
    """A stage move and an edit made in the admin are in the audit log with who made them."""
    from wagtail.models import ModelLogEntry

    from desk import stages
    from desk.models import Company, Project

    project = Project.objects.create(title="Plant", company=Company.objects.create(name="Acme"))
    stages.record(project, "", desk_member)
    stages.move(project, Project.Stage.QUALIFIED, desk_member)
    entries = ModelLogEntry.objects.filter(object_id=str(project.pk), action="desk.stage")
    assert [(e.user, e.data["to"]) for e in entries.order_by("timestamp", "pk")] == [
        (desk_member, "enquiry"),
        (desk_member, "qualified"),
    ]
