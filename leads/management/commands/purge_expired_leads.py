from django.core.management.base import BaseCommand

from leads.privacy import purge_expired, retention_days


class Command(BaseCommand):
    help = "Deletes leads untouched for longer than LEADS_RETENTION_DAYS (730 days, 24 months, by default)."

    def handle(self, *args, **options):
        count = purge_expired(performed_by="purge_expired_leads")
        self.stdout.write(f"{count} lead(s) older than {retention_days()} days deleted.")
