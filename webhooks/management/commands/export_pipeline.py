import json

from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from webhooks import pipeline


class Command(BaseCommand):
    help = "Writes the desk's pipeline (companies, contacts, leads, projects, stages, activities) as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, output=None, **options):
        text = json.dumps(pipeline.export(), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
        else:
            self.stdout.write(text)
