"""The desk's reporting dashboard and its exports, and the aftercare report of follow-ups due."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from desk import aftercare, report_exports, reporting
from desk.models import Expansion, Investor
from home import formatting
from home.formatting import euro, number, percent

CHART_HEIGHT_PER_ROW = 28


def _require(request, *permissions):
    if not all(request.user.has_perm(permission) for permission in permissions):
        raise PermissionDenied


def _range_form(request):
    """The form as typed when the address carries dates, else the last twelve months."""
    if "start" in request.GET or "end" in request.GET:
        return reporting.RangeForm(request.GET)
    start, end = reporting.default_range()
    return reporting.RangeForm({"start": start.isoformat(), "end": end.isoformat()})


def chart(rows):
    """Bars for an inline SVG drawn on the server: each row's share of the largest value, in per cent."""
    largest = max((value for _label, value, _shown in rows), default=0) or 1
    return {
        "height": CHART_HEIGHT_PER_ROW * len(rows),
        "bars": [
            {
                "label": label,
                "shown": shown,
                "width": round(55 * value / largest, 2),
                "value_x": round(36 + 55 * value / largest, 2),
                "bar_y": index * CHART_HEIGHT_PER_ROW + 4,
                "text_y": index * CHART_HEIGHT_PER_ROW + 17,
            }
            for index, (label, value, shown) in enumerate(rows)
        ],
    }


def _share(value):
    return "–" if value is None else percent(round(value * 100, 1))


def _charts(report):
    funnel = [(step["label"], step["reached"], number(step["reached"])) for step in report.funnel]
    grouped = [
        ("sector", _("Projects by sector"), report.by_sector),
        ("country", _("Projects by country"), report.by_country),
        ("function", _("Projects by business function"), report.by_function),
        ("campaign", _("Projects by campaign (UTM)"), report.by_campaign),
    ]
    return {
        "funnel": chart(funnel),
        "funnel_rows": [
            {"label": step["label"], "reached": number(step["reached"]), "conversion": _share(step["conversion"])}
            for step in report.funnel
        ],
        "groups": [
            {
                "key": key,
                "title": title,
                "chart": chart([(row.label, row.count, number(row.count)) for row in rows]),
                "rows": [
                    {
                        "label": row.label,
                        "count": number(row.count),
                        "investment": euro(row.investment),
                        "jobs": number(row.jobs),
                    }
                    for row in rows
                ],
            }
            for key, title, rows in grouped
        ],
        "landed": chart([(row.label, row.count, number(row.count)) for row in report.landed_by_year]),
        "landed_rows": [
            {
                "year": row.label,
                "count": number(row.count),
                "jobs": number(row.jobs),
                "investment": euro(row.investment),
            }
            for row in report.landed_by_year
        ],
        "workload": chart([(row.label, row.extra["open"], number(row.extra["open"])) for row in report.workload]),
    }


def dashboard(request):
    _require(request, "desk.view_project", "desk.view_inquiry")
    form = _range_form(request)
    context = {"form": form}
    if form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        report = reporting.build(start, end)
        query = urlencode({"start": start.isoformat(), "end": end.isoformat()})
        response = report.response
        context |= {
            "report": report,
            "charts": _charts(report),
            "median": _hours(response["median_hours"]),
            "share_on_time": _share(response["share_on_time"]),
            "pipeline_investment": euro(report.pipeline["investment"]),
            "pipeline_jobs": number(report.pipeline["jobs"]),
            "csv_url": reverse("desk_report_export", args=["csv"]) + "?" + query,
            "xlsx_url": reverse("desk_report_export", args=["xlsx"]) + "?" + query,
        }
    return TemplateResponse(request, "desk/admin/dashboard.html", context)


def _hours(value):
    if value is None:
        return "–"
    if value < 48:
        return ngettext("%(n)s hour", "%(n)s hours", round(value)) % {"n": number(value, -1 if value < 10 else 0)}
    days = value / 24
    return ngettext("%(n)s day", "%(n)s days", round(days)) % {"n": number(days, -1)}


def export(request, fmt):
    _require(request, "desk.view_project", "desk.view_inquiry")
    if fmt not in ("csv", "xlsx"):
        raise Http404
    form = reporting.RangeForm(request.GET)
    if not form.is_valid():
        messages.error(request, " ".join(message for errors in form.errors.values() for message in errors))
        return redirect(reverse("desk_report") + "?" + request.GET.urlencode())
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    name = f"desk-{start.isoformat()}-{end.isoformat()}"
    if fmt == "xlsx":
        response = HttpResponse(
            report_exports.as_xlsx(start, end),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(report_exports.as_csv(start, end), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def follow_ups(request):
    """Established investors to follow up in the coming 30 days, overdue first; record one, or add the
    companies of the success stories."""
    _require(request, "desk.view_investor")
    if request.method == "POST":
        if request.POST.get("action") == "stories":
            _require(request, "desk.add_investor", "desk.add_company")
            added = aftercare.from_stories(request.user)
            messages.success(
                request,
                ngettext(
                    "%(count)d investor added from the success stories.",
                    "%(count)d investors added from the success stories.",
                    len(added),
                )
                % {"count": len(added)},
            )
        else:
            _require(request, "desk.change_investor")
            investor = get_object_or_404(Investor, pk=request.POST.get("investor"))
            aftercare.record_follow_up(investor, request.user, request.POST.get("note", "")[:3000])
            messages.success(
                request,
                _("Follow-up with %(company)s recorded; the next is due on %(date)s.")
                % {"company": investor.company.name, "date": formatting.date(investor.next_follow_up)},
            )
        return redirect("desk_follow_ups")
    today = timezone.localdate()
    context = {"due": aftercare.follow_ups_due(today), "today": today}
    return TemplateResponse(request, "desk/admin/follow_ups.html", context)


def open_expansion_project(request, pk):
    _require(request, "desk.add_project", "desk.change_expansion")
    expansion = get_object_or_404(Expansion.objects.select_related("investor__company"), pk=pk)
    if request.method != "POST":
        return redirect("desk_expansion:inspect", pk)
    project = aftercare.open_project(expansion, request.user)
    messages.success(request, _("Project “%(project)s” opened.") % {"project": project})
    return redirect("desk_project:edit", project.pk)
