"""The dashboard's range as CSV and Excel: one row per project opened in it, with labels (never codes) and
the notes written on it and on its leads, then (Excel) the dashboard's tables. Times in TIME_ZONE, named."""

import csv
import io

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from desk import reporting, score
from desk.models import Activity
from home.spreadsheets import neutralise_formula


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _notes(project):
    """The project's notes (dated) and its leads' notes, in one cell."""
    parts = [
        f"{timezone.localtime(note.occurred_at):%Y-%m-%d} {note.subject}" + (f": {note.body}" if note.body else "")
        for note in project.notes
    ]
    parts += [f"{lead.name}: {lead.notes}" for lead in project.leads.all() if lead.notes]
    return " | ".join(parts)


def header():
    zone = settings.TIME_ZONE
    return [
        _("Project"),
        _("Company"),
        _("Country"),
        _("Sector"),
        _("Business function"),
        _("Stage"),
        _("Why it was lost"),
        _("Expected investment (€)"),
        _("Expected jobs"),
        _("Expected decision"),
        _("Assignee"),
        _("Opened (%(zone)s)") % {"zone": zone},
        _("Landed (%(zone)s)") % {"zone": zone},
        _("Campaign"),
        _("Lead score (for sorting only)"),
        _("Illustrative"),
        _("Notes"),
    ]


def rows(start, end):
    notes = Prefetch(
        "activities", queryset=Activity.objects.filter(kind=Activity.Kind.NOTE).order_by("occurred_at"), to_attr="notes"
    )
    projects = (
        reporting.opened_in(start, end)
        .select_related("company__country", "sector", "business_function", "assignee")
        .prefetch_related("leads__desk_inquiry", "stage_changes", notes)
        .order_by("created_at", "pk")
    )
    for project in projects:
        landed = [c.changed_at for c in project.stage_changes.all() if c.to_stage == project.Stage.LANDED]
        yield [
            project.title,
            project.company.name,
            project.company.country.name if project.company.country else "",
            project.sector.title if project.sector else "",
            project.business_function.name if project.business_function else "",
            project.get_stage_display(),
            project.get_lost_reason_display(),
            int(project.expected_investment) if project.expected_investment is not None else None,
            project.expected_jobs,
            project.expected_decision_date.isoformat() if project.expected_decision_date else "",
            (project.assignee.get_full_name() or project.assignee.get_username()) if project.assignee else "",
            _when(project.created_at),
            _when(landed[-1]) if landed else "",
            reporting.campaign(project),
            score.stored_for_project(project),
            _("Yes") if project.illustrative else _("No"),
            _notes(project),
        ]


def _safe(value):
    return neutralise_formula(value) if isinstance(value, str) else value


def as_csv(start, end):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so Excel reads the file as UTF-8
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows(start, end):
        writer.writerow(["" if value is None else _safe(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(start, end):
    report = reporting.build(start, end)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Projects")[:31]
    sheet.append(header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(start, end):
        sheet.append([_safe(value) for value in row])
    summary = book.create_sheet(_("Summary")[:31])
    summary.append([_("Investment desk, %(start)s – %(end)s (%(zone)s)") % _range(report)])
    summary.append([])
    summary.append([_("Stage"), _("Projects that reached it"), _("Went on from the stage before")])
    for step in report.funnel:
        summary.append([str(step["label"]), step["reached"], step["conversion"]])
    summary.append([])
    summary.append([_("Year"), _("Projects landed"), _("Jobs (expected at landing)"), _("Capital (€, expected)")])
    for row in report.landed_by_year:
        summary.append([row.label, row.count, row.jobs, row.investment])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _range(report):
    return {"start": report.start.isoformat(), "end": report.end.isoformat(), "zone": report.time_zone}
