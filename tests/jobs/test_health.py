"""/healthz tells a monitor when the worker or the scheduler has gone quiet."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from jobs import status

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def test_the_embedded_default_needs_no_worker(client):
    jobs = client.get("/healthz").json()["jobs"]
    assert jobs["status"] == "ok"
    assert jobs["runs_in"] == "request"
    assert "queue_depth" not in jobs


def test_a_worker_silent_for_too_long_makes_the_site_degraded_not_down(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.JOB_SCHEDULE = {}
    with time_machine.travel(START, tick=False) as clock:
        call_command("run_schedules")  # the scheduler's beat, and a heartbeat task for the worker
        jobs = client.get("/healthz").json()["jobs"]
        assert (jobs["queue_depth"], jobs["worker_seconds_since_heartbeat"]) == (1, None)
        assert jobs["status"] == "degraded" and "worker not seen" in jobs["detail"]

        status.beat(status.WORKER)
        clock.shift(60)
        response = client.get("/healthz")
        jobs = response.json()["jobs"]
        assert (jobs["status"], jobs["worker_seconds_since_heartbeat"], jobs["scheduler_seconds_since_run"]) == (
            "ok",
            60,
            60,
        )

        clock.shift(settings.JOBS_HEARTBEAT_MAX_AGE)
        response = client.get("/healthz")
        jobs = response.json()["jobs"]
        assert response.status_code == 200
        assert jobs["status"] == "degraded"
        assert "worker not seen for 360 s" in jobs["detail"] and "scheduler not run for 360 s" in jobs["detail"]
        assert jobs["oldest_waiting_task_seconds"] == 360
