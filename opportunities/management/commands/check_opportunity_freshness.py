"""Daily: remind owners of sites unverified for six months, flag a year, hide after the grace period."""

from django.core.management.base import BaseCommand

from opportunities import freshness


class Command(BaseCommand):
    help = "E-mails owners a reconfirmation link, flags stale sites to staff and unpublishes the oldest."

    def handle(self, *args, **options):
        reminded, stale, hidden = freshness.run()
        self.stdout.write(f"Reminders sent: {reminded}. Stale sites still live: {stale}. Sites hidden: {hidden}.")
