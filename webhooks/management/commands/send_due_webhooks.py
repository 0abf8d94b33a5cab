"""Retries the webhook deliveries whose next attempt is due, and forgets old delivered ones.

Run by the scheduler every minute (JOB_SCHEDULE); safe to run by hand at any time.
"""

from django.core.management.base import BaseCommand

from webhooks import delivery


class Command(BaseCommand):
    help = "Makes the webhook deliveries that are due for another attempt and deletes old delivered ones."

    def handle(self, *args, **options):
        attempted, delivered = delivery.deliver_due()
        forgotten = delivery.forget_old()
        self.stdout.write(
            f"{attempted} webhook delivery(ies) attempted, {delivered} delivered; {forgotten} old one(s) deleted"
        )
