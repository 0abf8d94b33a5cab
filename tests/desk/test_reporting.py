"""The desk dashboard: funnel and conversion, first replies, breakdowns and landings over a date range,
its form's errors, and exports with labels and notes."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from django.utils import translation

from desk import reporting, stages
from desk.models import Activity, Company, Project
from leads.models import Lead
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")
YEAR_2026 = {"start": "2026-01-01", "end": "2026-12-31"}


def at(*args):
    return time_machine.travel(datetime.datetime(*args, 10, 0, tzinfo=ROME))


def project_through(title, opened, moves, company, **fields):
    """A project opened on `opened` and moved on each (date, stage) of `moves`, as the board does."""
    with at(*opened):
        project = Project.objects.create(title=title, company=company, **fields)
        stages.record(project, "")
    for day, stage in moves:
        with at(*day):
            stages.move(project, stage, lost_reason="other_country" if stage == "lost" else "")
    return project


@pytest.fixture
def pipeline(db):
    """Four projects opened in 2026 (one landed after skipping two stages, one lost, one at Information sent,
    one at Enquiry) and one opened in 2025 that landed in January 2026."""
    company = Company.objects.create(name="Fixture Holding AG", domain="fixture.example")
    landed = project_through(
        "Alpha plant",
        (2026, 2, 10),
        [
            ((2026, 2, 20), "qualified"),
            ((2026, 3, 1), "site_visit"),
            ((2026, 4, 1), "proposal"),
            ((2026, 6, 1), "landed"),
        ],
        company,
        expected_investment=10_000_000,
        expected_jobs=50,
    )
    lost = project_through("Beta lab", (2026, 3, 5), [((2026, 3, 9), "qualified"), ((2026, 5, 2), "lost")], company)
    project_through(
        "Gamma office",
        (2026, 4, 1),
        [((2026, 4, 3), "qualified"), ((2026, 4, 20), "information_sent")],
        company,
        expected_investment=2_000_000,
        expected_jobs=12,
    )
    project_through("Delta hub", (2026, 5, 1), [], company)
    project_through(
        "Epsilon depot",
        (2025, 11, 1),
        [((2026, 1, 15), "landed")],
        company,
        expected_investment=3_000_000,
        expected_jobs=20,
    )
    return {"landed": landed, "lost": lost}


def test_the_funnel_and_conversion_match_the_fixture(pipeline):
    report = reporting.build(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    assert [(step["stage"], step["reached"]) for step in report.funnel] == [
        ("enquiry", 4),
        ("qualified", 3),
        ("information_sent", 2),  # Alpha went from Qualified to Site visit: it passed Information sent
        ("site_visit", 1),
        ("proposal", 1),
        ("decision", 1),
        ("landed", 1),
    ]
    assert [step["conversion"] for step in report.funnel] == [None, 0.75, 2 / 3, 0.5, 1.0, 1.0, 1.0]
    assert report.outcomes == {"lost": 1, "on_hold": 0}
    assert report.pipeline == {"projects": 3, "investment": 12_000_000, "jobs": 62, "landed": 1}
    assert [(row.label, row.count, row.jobs, row.investment) for row in report.landed_by_year] == [
        ("2026", 2, 70, 13_000_000)
    ]


def test_the_date_range_filters_projects_and_landings(pipeline):
    first_quarter = reporting.build(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    assert [step["reached"] for step in first_quarter.funnel] == [2, 2, 1, 1, 1, 1, 1]
    # Epsilon landed on 15 January; Alpha, opened in February, landed in June, outside the quarter.
    assert [(row.label, row.count) for row in first_quarter.landed_by_year] == [("2026", 1)]

    last_day = reporting.build(datetime.date(2026, 5, 1), datetime.date(2026, 5, 1))
    assert last_day.funnel[0]["reached"] == 1  # Delta, opened on 1 May at 10:00 Rome time
    assert reporting.build(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31)).funnel[0]["reached"] == 0


def test_first_response_median_and_share_within_target(desk_site):
    with at(2026, 12, 1):
        send_request(name="Quick Quinn", email="quinn@quick.example", company="Quick Srl")
        send_request(name="Late Lara", email="lara@late.example", company="Late Srl")
    with time_machine.travel(datetime.datetime(2026, 12, 1, 13, 0, tzinfo=ROME)):
        Activity.objects.create(kind="call", subject="Call", lead=Lead.objects.get(name="Quick Quinn"))
    with at(2026, 12, 9):
        send_request(name="New Nina", email="nina@new.example", company="New Srl")
        response = reporting.first_response(datetime.date(2026, 12, 1), datetime.date(2026, 12, 31))
    assert response | {"median_hours": round(response["median_hours"], 2)} == {
        "requests": 3,
        "answered": 1,
        "on_time": 1,
        "overdue": 1,  # Late Lara's reply was due on 3 December at 18:00
        "waiting": 1,
        "median_hours": 3.0,
        "share_on_time": 0.5,
    }


def test_projects_by_campaign_come_from_their_leads(pipeline):
    lead = Lead.objects.create(
        kind="contact", name="Fair Visitor", email="visitor@fair.example", language="en", utm_campaign="hannover-2026"
    )
    pipeline["landed"].leads.add(lead)
    report = reporting.build(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    assert [(row.label, row.count) for row in report.by_campaign] == [("No campaign", 3), ("hannover-2026", 1)]
    assert [(row.label, row.count) for row in report.by_country] == [("Not given", 4)]


def test_the_dashboard_shows_charts_and_tables_in_the_sites_time_zone(
    client, pipeline, desk_member, django_assert_num_queries
):
    client.force_login(desk_member)
    client.get("/admin/desk/dashboard/", YEAR_2026)  # the admin's own first-visit queries
    with django_assert_num_queries(27):  # as many with 5 projects as with 500: no query per project
        response = client.get("/admin/desk/dashboard/", YEAR_2026)
    page = response.content.decode()
    assert response.status_code == 200
    assert '<th scope="row">Qualified</th><td>3</td><td>75%</td>' in page
    assert '<th scope="row">2026</th><td>2</td><td>70</td><td>€13,000,000</td>' in page
    assert "days in Europe/Rome" in page
    assert page.count('<svg class="desk-chart" aria-hidden="true"') == 7  # funnel, four breakdowns, landed, workload


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-12-31", "end": "2026-01-01"}, "The start date must be on or before the end date."),
        ({"start": "2026-13-45", "end": "2026-12-31"}, "Enter a valid date."),
        ({"start": "", "end": "2026-12-31"}, "This field is required."),
        ({"start": "2000-01-01", "end": "2026-12-31"}, "Choose a range of at most ten years."),
    ],
)
def test_a_bad_range_gets_a_clear_message_and_keeps_what_was_typed(client, desk_member, query, message):
    client.force_login(desk_member)
    response = client.get("/admin/desk/dashboard/", query)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page and "Funnel" not in page
    assert f'value="{query["end"]}"' in page


def test_range_errors_are_translated():
    with translation.override("it"):
        form = reporting.RangeForm({"start": "2026-12-31", "end": "2026-01-01"})
        assert not form.is_valid()
        assert form.non_field_errors() == ["La data di inizio deve essere uguale o precedente a quella di fine."]


@pytest.fixture
def noted(pipeline):
    """A note on the landed project and on its lead, whose form came through a campaign."""
    project = pipeline["landed"]
    lead = Lead.objects.create(
        kind="contact", name="Noted Nora", email="nora@noted.example", language="en", notes="Wants rail access."
    )
    project.leads.add(lead)
    with at(2026, 3, 2):
        Activity.objects.create(kind="note", subject="Board approved", body="Budget confirmed", project=project)
        Activity.objects.create(kind="call", subject="Not a note", project=project)
    return project


def test_the_csv_export_has_labels_and_notes(client, noted, desk_member):
    client.force_login(desk_member)
    response = client.get("/admin/desk/dashboard/export.csv", YEAR_2026)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="desk-2026-01-01-2026-12-31.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["Project"] for row in rows] == ["Alpha plant", "Beta lab", "Gamma office", "Delta hub"]
    alpha, beta = rows[0], rows[1]
    assert (alpha["Stage"], alpha["Opened (Europe/Rome)"], alpha["Landed (Europe/Rome)"]) == (
        "Landed",
        "2026-02-10 10:00",
        "2026-06-01 10:00",
    )
    assert (beta["Stage"], beta["Why it was lost"]) == ("Lost", "Chose another country")
    assert alpha["Notes"] == "2026-03-02 Board approved: Budget confirmed | Noted Nora: Wants rail access."
    assert alpha["Expected investment (€)"] == "10000000" and alpha["Illustrative"] == "No"


def test_the_excel_export_has_the_projects_and_the_dashboards_tables(client, noted, desk_member):
    client.force_login(desk_member)
    response = client.get("/admin/desk/dashboard/export.xlsx", YEAR_2026)
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    projects, summary = book["Projects"], book["Summary"]
    header = [cell.value for cell in projects[1]]
    alpha = dict(zip(header, [cell.value for cell in projects[2]], strict=True))
    assert alpha["Stage"] == "Landed" and alpha["Expected investment (€)"] == 10_000_000
    assert "Wants rail access." in alpha["Notes"]
    table = [[cell.value for cell in row] for row in summary.iter_rows()]
    table = [[value for value in row if value is not None] for row in table]
    assert ["Qualified", 3, 0.75] in table and ["2026", 2, 70, 13_000_000] in table


def test_an_export_with_a_bad_range_goes_back_to_the_form(client, desk_member):
    client.force_login(desk_member)
    response = client.get("/admin/desk/dashboard/export.csv", {"start": "x", "end": "2026-01-01"}, follow=True)
    assert "Enter a valid date." in response.content.decode()
    assert client.get("/admin/desk/dashboard/export.pdf", YEAR_2026).status_code == 404


def test_a_formula_typed_by_a_visitor_stays_text_in_the_export(client, pipeline, desk_member):
    client.force_login(desk_member)
    Project.objects.filter(pk=pipeline["lost"].pk).update(title='=HYPERLINK("http://evil.example")')
    rows = list(csv.reader(io.StringIO(client.get("/admin/desk/dashboard/export.csv", YEAR_2026).content.decode())))
    assert any(row[0].startswith("'=HYPERLINK") for row in rows)
