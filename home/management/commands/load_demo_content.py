from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

# Each app adds its own loader here; they run in this order, each idempotent.
LOADERS = ["home.demo.loader.DemoLoader"]


class Command(BaseCommand):
    help = "Builds the bilingual demo content. Safe to run again: existing content is left alone."

    def handle(self, *args, **options):
        for path in LOADERS:
            import_string(path)(log=lambda line: self.stdout.write(f"  {line}")).run()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
