import json

from django.core.management.base import BaseCommand

from leads.privacy import export_email


class Command(BaseCommand):
    help = "Prints, as JSON, everything held about an e-mail address (a data-subject access request)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        data = export_email(email, performed_by="export_lead_data")
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
