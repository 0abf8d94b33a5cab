"""Aftercare: a landed project's company becomes an established investor, followed up every few months.

Connected in DeskConfig.ready: a StageChange to Landed makes (or keeps) the company's Investor record.
Success stories add the investors the Region already tells visitors about (from_stories).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.log_actions import log

from desk import stages
from desk.models import Activity, Company, Investor, Project
from desk.models.aftercare import add_months
from stories.models import SuccessStoryPage


def establish(project, on=None, user=None):
    """The project's company as an established investor (created once, first follow-up one cadence later)."""
    on = on or timezone.localdate()
    investor, created = Investor.objects.get_or_create(
        company=project.company,
        defaults={
            "project": project,
            "established_on": on,
            "next_follow_up": add_months(on, Investor._meta.get_field("cadence_months").default),
            "handler": project.assignee,
            "illustrative": project.illustrative,
        },
    )
    if created:
        log(investor, "wagtail.create", user=user)
    return investor


def on_stage_change(sender, instance, created, **kwargs):
    if created and instance.to_stage == Project.Stage.LANDED:
        establish(instance.project, timezone.localdate(instance.changed_at), instance.changed_by)


def follow_ups_due(today=None, within_days=30):
    """Investors whose next follow-up falls before `today` + `within_days`, overdue ones first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    investors = Investor.objects.filter(next_follow_up__lte=horizon).select_related("company", "handler")
    return [(investor, investor.is_overdue(today)) for investor in investors.order_by("next_follow_up", "pk")]


@transaction.atomic
def record_follow_up(investor, user, note="", on=None):
    """A follow-up done today: logged on the company's timeline, the next one set a cadence later."""
    on = on or timezone.localdate()
    investor.last_follow_up = on
    investor.next_follow_up = add_months(on, investor.cadence_months)
    investor.save(update_fields=["last_follow_up", "next_follow_up"])
    Activity.objects.create(
        kind=Activity.Kind.MEETING,
        subject=gettext("Aftercare follow-up"),
        body=note,
        company=investor.company,
        author=user,
    )
    log(investor, "desk.follow_up", user=user, data={"next": investor.next_follow_up.isoformat()})
    return investor


@transaction.atomic
def open_project(expansion, user):
    """A new project for an expansion, started with the investor's company and the expansion's figures."""
    if expansion.project_id:
        return expansion.project
    company = expansion.investor.company
    project = Project.objects.create(
        title=expansion.description[:200],
        company=company,
        sector=company.sector,
        expected_investment=expansion.expected_investment,
        expected_jobs=expansion.expected_jobs,
        assignee=expansion.investor.handler,
        illustrative=expansion.investor.illustrative,
    )
    stages.record(project, "", user)
    expansion.project = project
    expansion.save(update_fields=["project"])
    log(project, "wagtail.create", user=user)
    return project


def from_stories(user=None):
    """An investor for each success story's company not yet followed (matched by name, else created)."""
    added = []
    followed = set(Investor.objects.exclude(story=None).values_list("story__translation_key", flat=True))
    stories = SuccessStoryPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    for story in stories.select_related("country").order_by("title"):
        if story.translation_key in followed:
            continue
        company = Company.objects.filter(name__iexact=story.company_name).first() or Company.objects.create(
            name=story.company_name, country=story.country
        )
        if hasattr(company, "investor"):
            if company.investor.story_id is None:
                company.investor.story = story
                company.investor.save(update_fields=["story"])
            continue
        established = datetime.date(story.year, 1, 1)
        investor = Investor.objects.create(
            company=company,
            story=story,
            established_on=established,
            next_follow_up=timezone.localdate(),
            illustrative=story.illustrative,
        )
        log(investor, "wagtail.create", user=user)
        added.append(investor)
    return added
