"""What /healthz says of background work: heartbeats, tasks waiting for the worker, e-mails waiting."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

from jobs.models import Heartbeat, OutboxMessage

WORKER, SCHEDULER = "worker", "scheduler"
HEARTBEAT_TASK = "jobs.tasks.heartbeat_task"


def beat(name):
    now = timezone.now()
    if Heartbeat.objects.filter(name=name).update(seen_at=now):
        return
    try:
        with transaction.atomic():
            Heartbeat.objects.create(name=name, seen_at=now)
    except IntegrityError:  # another process wrote the first beat at the same moment
        Heartbeat.objects.filter(name=name).update(seen_at=now)


def seconds_since_beat(name, now):
    seen = Heartbeat.objects.filter(name=name).values_list("seen_at", flat=True).first()
    return None if seen is None else round((now - seen).total_seconds())


def uses_worker():
    """True when tasks wait in the database for `manage.py db_worker` instead of running in the request."""
    from django_tasks_db import DatabaseBackend

    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)


def waiting_tasks():
    """Tasks ready to run that no worker has taken yet (only the database backend has any)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready().filter(backend_name=DEFAULT_TASK_BACKEND_ALIAS)


def summary():
    now = timezone.now()
    report = {
        "runs_in": "worker" if uses_worker() else "request",
        "scheduler_seconds_since_run": seconds_since_beat(SCHEDULER, now),
        "emails_waiting": OutboxMessage.objects.filter(status=OutboxMessage.PENDING).count(),
        "emails_given_up": OutboxMessage.objects.filter(status=OutboxMessage.FAILED).count(),
    }
    if uses_worker():
        oldest = waiting_tasks().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        report.update(
            worker_seconds_since_heartbeat=seconds_since_beat(WORKER, now),
            queue_depth=waiting_tasks().count(),
            oldest_waiting_task_seconds=None if oldest is None else round((now - oldest).total_seconds()),
        )
    return report
