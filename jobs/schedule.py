"""The scheduler: runs the management commands of the JOB_SCHEDULE setting when they are due.

    JOB_SCHEDULE = {"publish_scheduled": {"every_seconds": 60},
                    "check_opportunity_freshness": {"every_seconds": 86400, "offset_seconds": 22500}}

A job runs at the multiples of `every_seconds` (counted in UTC from the epoch) plus `offset_seconds`,
so daily jobs keep their hour; a job never run before is due at once. Each job's next run is claimed
by one atomic UPDATE, so two scheduler instances started together run every job once. A job that
fails is recorded with its error and tried again at its next time.
"""

import io
import logging
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from jobs import status
from jobs.models import ScheduledJob

logger = logging.getLogger(__name__)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: int
    offset_seconds: int = 0
    args: list = field(default_factory=list)

    def next_run_after(self, moment):
        """The first scheduled time strictly after `moment`."""
        elapsed = (moment - EPOCH).total_seconds() - self.offset_seconds
        periods = int(elapsed // self.every_seconds) + 1
        return EPOCH + timedelta(seconds=periods * self.every_seconds + self.offset_seconds)


def configured_jobs():
    return [Job(name=name, **options) for name, options in settings.JOB_SCHEDULE.items()]


def claim(job, now):
    """True for exactly one caller while `job` is due: its next run moves forward in the same UPDATE."""
    ScheduledJob.objects.bulk_create([ScheduledJob(name=job.name, next_run_at=now)], ignore_conflicts=True)
    try:
        claimed = ScheduledJob.objects.filter(name=job.name, next_run_at__lte=now).update(
            next_run_at=job.next_run_after(now), last_started_at=now
        )
    except OperationalError as error:  # SQLite: another instance holds the write lock, and so the job
        logger.info("Job %s skipped, the database is busy: %s", job.name, error)
        return False
    return claimed == 1


def run(job, stdout):
    try:
        call_command(job.name, *job.args, stdout=stdout, stderr=stdout)
    except Exception as error:  # a failing job is recorded and retried at its next time; the others run
        logger.exception("Scheduled job %s failed", job.name)
        # The message first, for the admin report; the traceback after it, for whoever fixes it.
        trace = "".join(traceback.format_exception(error))[-4000:]
        outcome = {"last_succeeded": False, "last_error": f"{type(error).__name__}: {error}\n\n{trace}"}
    else:
        outcome = {"last_succeeded": True, "last_error": ""}
    ScheduledJob.objects.filter(name=job.name).update(last_finished_at=timezone.now(), **outcome)
    return outcome["last_succeeded"]


def run_due(stdout=None):
    """Runs every due job once; returns {name: succeeded} of the jobs this call ran."""
    stdout = stdout or io.StringIO()
    status.beat(status.SCHEDULER)
    request_worker_heartbeat()
    ran = {}
    for job in configured_jobs():
        if claim(job, timezone.now()):
            ran[job.name] = run(job, stdout)
    return ran


def request_worker_heartbeat():
    """One heartbeat task at a time: a stopped worker must not come back to a pile of them."""
    from jobs.tasks import heartbeat_task

    if status.uses_worker() and status.waiting_tasks().filter(task_path=status.HEARTBEAT_TASK).exists():
        return
    heartbeat_task.enqueue()
