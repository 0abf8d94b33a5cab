"""Runs the jobs of JOB_SCHEDULE that are due (see jobs/schedule.py); start it every minute.

manage.py run_schedules          # deploy/systemd/lombardy-scheduler.timer does so
manage.py run_schedules --list   # each job's last run, its result and its next run
"""

from django.core.management.base import BaseCommand

from jobs.models import ScheduledJob
from jobs.schedule import configured_jobs, run_due


class Command(BaseCommand):
    help = "Runs the scheduled management commands (JOB_SCHEDULE) that are due, each once across instances."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", action="store_true", dest="show", help="Show the schedule and the last runs; run nothing."
        )

    def handle(self, *args, show=False, **options):
        if show:
            states = ScheduledJob.objects.in_bulk()
            for job in configured_jobs():
                state = states.get(job.name)
                result = (
                    "never run"
                    if state is None or state.last_succeeded is None
                    else ("ok" if state.last_succeeded else "FAILED")
                )
                when = state.last_started_at if state else None
                nxt = state.next_run_at if state else "now"
                self.stdout.write(f"{job.name}: every {job.every_seconds}s, last {when} ({result}), next {nxt}")
            return
        for name, succeeded in run_due(stdout=self.stdout).items():
            self.stdout.write(f"{name}: {'ok' if succeeded else 'FAILED'}")
