"""The systemd units in deploy/systemd/ start commands that exist, with options those commands accept."""

import configparser
import shlex
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

UNITS = Path(__file__).resolve().parents[2] / "deploy" / "systemd"


def unit(name):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(UNITS / name)
    return parser


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("lombardy-worker.service", "db_worker"),
        ("lombardy-scheduler.service", "run_schedules"),
    ],
)
def test_each_service_runs_an_existing_management_command_with_valid_options(name, command, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as in production
    argv = shlex.split(unit(name)["Service"]["ExecStart"])
    assert argv[:3] == ["/srv/lombardy/.venv/bin/python", "manage.py", command]
    app = get_commands()[command]  # KeyError: no such command
    parser = load_command_class(app, command).create_parser("manage.py", command)
    parser.parse_args(argv[3:])  # exits with an error on an option the command does not have


def test_the_web_service_serves_the_wsgi_application():
    argv = shlex.split(unit("lombardy-web.service")["Service"]["ExecStart"])
    assert argv[0].endswith("/gunicorn")
    assert argv[1] == "config.wsgi"
    assert (Path(__file__).resolve().parents[2] / "config" / "wsgi.py").exists()


def test_the_timer_starts_the_scheduler_every_minute():
    timer = unit("lombardy-scheduler.timer")
    assert timer["Timer"]["Unit"] == "lombardy-scheduler.service"
    assert timer["Timer"]["OnCalendar"] == "*-*-* *:*:00"
    assert (UNITS / timer["Timer"]["Unit"]).exists()
    assert unit("lombardy-scheduler.service")["Service"]["Type"] == "oneshot"


def test_every_scheduled_job_is_an_existing_command(settings):
    # reconcile joins with ELASTICSEARCH_URL, prune_db_task_results in production (config/settings/).
    scheduled = {*settings.JOB_SCHEDULE, "reconcile", "prune_db_task_results"}
    assert {"publish_scheduled", "send_due_mail", "check_opportunity_freshness", "purge_expired_leads"} <= scheduled
    assert scheduled <= set(get_commands())
