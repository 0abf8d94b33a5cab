"""The scheduler runs JOB_SCHEDULE's commands when due: scheduled pages go live, each job runs once."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import Page

from home.models import StandardPage
from jobs.models import ScheduledJob

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, 20, tzinfo=datetime.UTC)


def run_schedules():
    """The scheduler's verdict lines ("name: ok" / "name: FAILED"), without the jobs' own output."""
    out = io.StringIO()
    call_command("run_schedules", stdout=out)
    return "\n".join(line for line in out.getvalue().splitlines() if line.endswith((": ok", ": FAILED")))


def test_a_page_scheduled_by_an_editor_goes_live_when_its_time_comes(site_tree, settings):
    settings.JOB_SCHEDULE = {"publish_scheduled": {"every_seconds": 60}}
    home = site_tree.en
    with time_machine.travel(START, tick=False) as clock:
        page = home.add_child(
            instance=StandardPage(title="Opening of the Brescia office", slug="brescia-office", live=False)
        )
        page.go_live_at = START + datetime.timedelta(minutes=5)
        page.save_revision().publish()
        assert not Page.objects.get(pk=page.pk).live  # approved for later, not yet public

        run_schedules()
        assert not Page.objects.get(pk=page.pk).live
        clock.shift(datetime.timedelta(minutes=6))
        assert "publish_scheduled: ok" in run_schedules()
    assert Page.objects.get(pk=page.pk).live


def test_jobs_run_at_their_period_and_a_failing_one_is_recorded(settings):
    settings.JOB_SCHEDULE = {
        "send_due_mail": {"every_seconds": 60},
        "check_opportunity_freshness": {"every_seconds": 86400, "offset_seconds": 6 * 3600},
        "reconcile": {"every_seconds": 3600},  # fails here: no Elasticsearch configured
    }
    settings.ELASTICSEARCH_URL = ""
    with time_machine.travel(START, tick=False) as clock:
        output = run_schedules()
        assert "send_due_mail: ok" in output and "check_opportunity_freshness: ok" in output
        assert "reconcile: FAILED" in output
        assert "ELASTICSEARCH_URL is not set" in ScheduledJob.objects.get(name="reconcile").last_error
        daily = ScheduledJob.objects.get(name="check_opportunity_freshness")
        assert daily.next_run_at == datetime.datetime(2026, 3, 3, 6, 0, tzinfo=datetime.UTC)

        clock.shift(30)
        assert run_schedules() == ""  # nothing due within the same minute
        clock.shift(40)
        assert run_schedules().splitlines() == ["send_due_mail: ok"]


def test_two_runs_at_the_same_moment_run_each_job_once(settings):
    settings.JOB_SCHEDULE = {"send_due_mail": {"every_seconds": 60}, "publish_scheduled": {"every_seconds": 60}}
    with time_machine.travel(START, tick=False):
        first, second = run_schedules(), run_schedules()
    assert sorted(first.splitlines()) == ["publish_scheduled: ok", "send_due_mail: ok"]
    assert second == ""


def test_staff_see_the_schedule_and_its_last_results(staff, settings):
    settings.JOB_SCHEDULE = {"send_due_mail": {"every_seconds": 60}, "reconcile": {"every_seconds": 3600}}
    settings.ELASTICSEARCH_URL = ""
    run_schedules()
    html = staff.get("/admin/jobs/").content.decode()
    assert "<code>send_due_mail</code>" in html
    assert "Succeeded" in html
    assert "Failed" in html and "ELASTICSEARCH_URL is not set" in html
