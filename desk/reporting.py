"""The desk's figures over a date range: the funnel, first replies, where projects come from, what they
bring, what landed, who carries the work. Read by the dashboard (desk/report_views.py) and its exports.

Every count is of real records in the range, in the site's time zone (TIME_ZONE): a project counts from the
day it was opened, a request from the day it arrived, a landing on the day the project moved to Landed.
"""

import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from desk.models import Activity, Inquiry, Project, StageChange
from desk.people import desk_members

# The stages a project passes on its way in, in order; Lost and On hold are outcomes, counted apart.
FUNNEL = [
    Project.Stage.ENQUIRY,
    Project.Stage.QUALIFIED,
    Project.Stage.INFORMATION_SENT,
    Project.Stage.SITE_VISIT,
    Project.Stage.PROPOSAL,
    Project.Stage.DECISION,
    Project.Stage.LANDED,
]
CLOSED = {Project.Stage.LANDED, Project.Stage.LOST}
MAX_RANGE_DAYS = 366 * 10


class RangeForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                raise forms.ValidationError(_("The start date must be on or before the end date."))
            if (end - start).days > MAX_RANGE_DAYS:
                raise forms.ValidationError(_("Choose a range of at most ten years."))
        return cleaned


def default_range(today=None):
    """The last twelve months up to today."""
    today = today or timezone.localdate()
    return today.replace(year=today.year - 1) + datetime.timedelta(days=1), today


def bounds(start, end):
    """[start 00:00, the day after end 00:00) in the site's time zone, as aware datetimes."""
    tz = timezone.get_default_timezone()
    low = datetime.datetime.combine(start, datetime.time(), tzinfo=tz)
    high = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time(), tzinfo=tz)
    return low, high


@dataclass
class Row:
    label: str
    count: int = 0
    investment: int = 0
    jobs: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class Report:
    start: datetime.date
    end: datetime.date
    time_zone: str
    funnel: list
    outcomes: dict
    response: dict
    by_sector: list
    by_country: list
    by_function: list
    by_campaign: list
    pipeline: dict
    landed_by_year: list
    workload: list


def opened_in(start, end):
    low, high = bounds(start, end)
    return Project.objects.filter(created_at__gte=low, created_at__lt=high)


def funnel(projects):
    """How many projects opened in the range reached each stage, and the share that went on to the next.

    A project that skipped a stage (from Enquiry straight to Site visit) has passed it: reached means the
    furthest stage it was ever in, from its stage history and its current stage."""
    order = {stage: index for index, stage in enumerate(FUNNEL)}
    furthest = {pk: order.get(stage, 0) for pk, stage in projects.values_list("pk", "stage")}
    for pk, stage in StageChange.objects.filter(project__in=projects).values_list("project_id", "to_stage"):
        if stage in order:
            furthest[pk] = max(furthest[pk], order[stage])
    rows, previous = [], None
    for index, stage in enumerate(FUNNEL):
        reached = sum(1 for value in furthest.values() if value >= index)
        conversion = None if previous in (None, 0) else reached / previous
        rows.append({"stage": stage, "label": stage.label, "reached": reached, "conversion": conversion})
        previous = reached
    return rows


def outcomes(projects):
    counts = dict(projects.order_by().values("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    return {stage: counts.get(stage, 0) for stage in (Project.Stage.LOST, Project.Stage.ON_HOLD)}


def first_response(start, end, now=None):
    """Requests that arrived in the range: the median time to the first reply and the share answered in time.

    In time: answered by the reply-by time. The share is of the requests whose outcome is known (answered, or
    past their target unanswered); those still within their target are counted apart."""
    now = now or timezone.now()
    low, high = bounds(start, end)
    requests = Inquiry.objects.filter(lead__created_at__gte=low, lead__created_at__lt=high, respond_by__isnull=False)
    answered, on_time, late_waiting, waiting, hours = 0, 0, 0, 0, []
    for received, replied, due in requests.values_list("lead__created_at", "first_response_at", "respond_by"):
        if replied is not None:
            answered += 1
            on_time += replied <= due
            hours.append(max((replied - received).total_seconds(), 0) / 3600)
        elif now > due:
            late_waiting += 1
        else:
            waiting += 1
    known = answered + late_waiting
    return {
        "requests": answered + late_waiting + waiting,
        "answered": answered,
        "on_time": on_time,
        "overdue": late_waiting,
        "waiting": waiting,
        "median_hours": statistics.median(hours) if hours else None,
        "share_on_time": on_time / known if known else None,
    }


def _grouped(projects, key, label_of):
    rows = {}
    for project in projects:
        value = key(project)
        row = rows.setdefault(value, Row(label_of(project, value)))
        row.count += 1
        row.investment += int(project.expected_investment or 0)
        row.jobs += project.expected_jobs or 0
    return sorted(rows.values(), key=lambda row: (-row.count, row.label))


def campaign(project):
    """The campaign (UTM) of the project's first lead that came through one, else none."""
    leads = sorted(project.leads.all(), key=lambda lead: lead.created_at)
    return next((lead.utm_campaign for lead in leads if lead.utm_campaign), "")


def breakdowns(projects):
    not_given = gettext("Not given")
    return {
        "by_sector": _grouped(projects, lambda p: p.sector_id, lambda p, v: p.sector.title if v else not_given),
        "by_country": _grouped(
            projects, lambda p: p.company.country_id, lambda p, v: p.company.country.name if v else not_given
        ),
        "by_function": _grouped(
            projects, lambda p: p.business_function_id, lambda p, v: p.business_function.name if v else not_given
        ),
        "by_campaign": _grouped(projects, campaign, lambda p, v: v or gettext("No campaign")),
    }


def pipeline(projects):
    """Expected investment and jobs of the projects opened in the range that are not lost."""
    alive = [p for p in projects if p.stage != Project.Stage.LOST]
    return {
        "projects": len(alive),
        "investment": sum(int(p.expected_investment or 0) for p in alive),
        "jobs": sum(p.expected_jobs or 0 for p in alive),
        "landed": sum(1 for p in alive if p.stage == Project.Stage.LANDED),
    }


def landed_by_year(start, end):
    """Projects that moved to Landed in the range, by year: projects, jobs and capital as expected at landing
    (the strategy's measures; the desk records the expected figures, not audited ones)."""
    low, high = bounds(start, end)
    landings = StageChange.objects.filter(to_stage=Project.Stage.LANDED, changed_at__gte=low, changed_at__lt=high)
    landed_on = {}
    for change in landings.select_related("project").order_by("changed_at"):
        landed_on[change.project_id] = (timezone.localtime(change.changed_at).year, change.project)
    years = defaultdict(lambda: Row(""))
    for year, project in landed_on.values():
        row = years[year]
        row.label = str(year)
        row.count += 1
        row.investment += int(project.expected_investment or 0)
        row.jobs += project.expected_jobs or 0
    return [years[year] for year in sorted(years)]


def workload(start, end, projects):
    """Per desk member: projects opened in the range assigned to them and still open, requests received in the
    range assigned to them, activities they recorded in the range, tasks open now."""
    low, high = bounds(start, end)
    assigned = Counter(projects.values_list("assignee_id", flat=True))
    still_open = Counter(projects.exclude(stage__in=CLOSED).values_list("assignee_id", flat=True))
    leads = Counter(
        Inquiry.objects.filter(lead__created_at__gte=low, lead__created_at__lt=high).values_list(
            "lead__assignee_id", flat=True
        )
    )
    activities = Activity.objects.filter(occurred_at__gte=low, occurred_at__lt=high).exclude(kind=Activity.Kind.TASK)
    recorded = Counter(activities.values_list("author_id", flat=True))
    tasks = Counter(
        Activity.objects.filter(Q(kind=Activity.Kind.TASK) & Q(done_at__isnull=True)).values_list(
            "assignee_id", flat=True
        )
    )
    rows = []
    for user in desk_members():
        name = user.get_full_name() or user.get_username()
        rows.append(
            Row(
                name,
                count=assigned[user.pk],
                extra={
                    "open": still_open[user.pk],
                    "requests": leads[user.pk],
                    "activities": recorded[user.pk],
                    "tasks": tasks[user.pk],
                },
            )
        )
    rows.append(
        Row(
            gettext("Unassigned"),
            count=assigned[None],
            extra={"open": still_open[None], "requests": leads[None], "activities": None, "tasks": tasks[None]},
        )
    )
    return rows


def build(start, end, now=None):
    opened = opened_in(start, end)
    projects = list(opened.select_related("sector", "business_function", "company__country").prefetch_related("leads"))
    return Report(
        start=start,
        end=end,
        time_zone=settings.TIME_ZONE,
        funnel=funnel(opened),
        outcomes=outcomes(opened),
        response=first_response(start, end, now),
        pipeline=pipeline(projects),
        landed_by_year=landed_by_year(start, end),
        workload=workload(start, end, opened),
        **breakdowns(projects),
    )
