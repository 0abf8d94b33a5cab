"""Retries the stored e-mails whose next attempt is due, and forgets sent ones after a week.

Run by the scheduler every minute (JOB_SCHEDULE); safe to run by hand at any time.
"""

from django.core.management.base import BaseCommand

from jobs import mail


class Command(BaseCommand):
    help = "Sends the stored e-mails that are due for another attempt and deletes old sent ones."

    def handle(self, *args, **options):
        attempted, sent = mail.deliver_due()
        forgotten = mail.forget_sent()
        self.stdout.write(f"{attempted} e-mail(s) attempted, {sent} sent; {forgotten} old sent e-mail(s) deleted")
