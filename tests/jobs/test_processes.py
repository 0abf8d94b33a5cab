"""The real processes of production: `db_worker` sends a queued e-mail, two schedulers at once run a job once."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def process_env(tmp_path_factory, django_db_setup, django_db_blocker):
    """The environment of a worker or scheduler process on the test run's database."""
    folder = tmp_path_factory.mktemp("jobs-processes")
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            name = str(folder / "db.sqlite3")
            connection.ensure_connection()
            with sqlite3.connect(name) as target:
                connection.connection.backup(target)
        else:
            name = connection.settings_dict["NAME"]
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ELASTICSEARCH_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.jobs.process_settings",
        JOBS_TEST_DATABASE_NAME=name,
        JOBS_TEST_MAIL_DIR=str(folder / "mail"),
        PYTHONPATH=str(ROOT),
    )
    yield environment
    if connection.vendor != "sqlite":  # the processes committed to the shared test database
        from django_tasks_db.models import DBTaskResult

        from jobs.models import Heartbeat, OutboxMessage, ScheduledJob

        with django_db_blocker.unblock():
            for model in (OutboxMessage, ScheduledJob, Heartbeat, DBTaskResult):
                model.objects.all().delete()


def manage(environment, *args, schedule=None):
    env = {**environment, "JOBS_TEST_SCHEDULE": json.dumps(schedule or {})}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finished(process, timeout=120):
    output, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, output
    return output


def state(environment):
    """What the database and /healthz say, read by a process of its own."""
    code = (
        "import json; from django.test import Client; from jobs.models import OutboxMessage, Heartbeat;"
        "print(json.dumps({'emails': list(OutboxMessage.objects.values_list('subject', 'status')),"
        "'beats': sorted(Heartbeat.objects.values_list('name', flat=True)),"
        "'health': Client().get('/healthz').json()['jobs']}))"
    )
    return json.loads(finished(manage(environment, "shell", "-c", code)).strip().splitlines()[-1])


def test_the_worker_sends_an_email_queued_in_the_database(process_env):
    mail_dir = Path(process_env["JOBS_TEST_MAIL_DIR"])
    send = "from jobs import mail; mail.send('Your booklet', 'The link', ['ada@analytical.example'])"
    finished(manage(process_env, "shell", "-c", send))
    finished(manage(process_env, "run_schedules"))  # asks the worker for a heartbeat

    before = state(process_env)
    assert ["Your booklet", "pending"] in before["emails"]
    assert not mail_dir.exists() or not any(mail_dir.iterdir())  # nothing sent without the worker
    assert before["health"]["queue_depth"] == 2
    assert before["health"]["worker_seconds_since_heartbeat"] is None
    assert before["health"]["status"] == "degraded"

    finished(manage(process_env, "db_worker", "--batch", "--no-startup-delay", "--no-reload"))

    sent = [path.read_text() for path in mail_dir.iterdir()]
    assert len(sent) == 1
    assert "Subject: Your booklet" in sent[0] and "To: ada@analytical.example" in sent[0]
    after = state(process_env)
    assert ["Your booklet", "sent"] in after["emails"]
    assert after["beats"] == ["scheduler", "worker"]
    assert after["health"]["queue_depth"] == 0
    assert after["health"]["worker_seconds_since_heartbeat"] <= 60
    assert after["health"]["status"] == "ok", after["health"]


def test_two_schedulers_started_together_run_each_job_once(process_env):
    schedule = {"publish_scheduled": {"every_seconds": 3600}, "prune_db_task_results": {"every_seconds": 3600}}
    outputs = [finished(p) for p in [manage(process_env, "run_schedules", schedule=schedule) for _ in range(2)]]
    verdicts = [line for output in outputs for line in output.splitlines() if line.endswith((": ok", ": FAILED"))]
    assert sorted(verdicts) == ["prune_db_task_results: ok", "publish_scheduled: ok"]
