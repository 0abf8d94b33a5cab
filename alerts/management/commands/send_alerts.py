"""Daily (JOB_SCHEDULE): each confirmed saved search gets a digest of new or changed matching sites."""

from django.core.management.base import BaseCommand

from alerts import digest


class Command(BaseCommand):
    help = "Sends the saved-search digests that are due."

    def handle(self, *args, **options):
        self.stdout.write(f"Alert digests sent: {digest.run()}.")
