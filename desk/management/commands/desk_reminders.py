from django.core.management.base import BaseCommand

from desk import reminders


class Command(BaseCommand):
    help = "E-mails each task's assignee when its reminder time has come (once per task)."

    def handle(self, *args, **options):
        self.stdout.write(f"{reminders.send_due()} reminder(s) stored for sending.")
