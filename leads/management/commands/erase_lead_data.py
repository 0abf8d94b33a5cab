from django.core.management.base import BaseCommand

from leads.privacy import erase_email


class Command(BaseCommand):
    help = "Erases every lead, consent and download record of an e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        count = erase_email(email, performed_by="erase_lead_data")
        self.stdout.write(f"{count} lead(s) erased.")
