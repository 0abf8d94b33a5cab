from django.core.management.base import BaseCommand

from home.demo.registry import demo_steps


class Command(BaseCommand):
    help = "Builds the bilingual demo content. Safe to run again: existing content is left alone."

    def handle(self, *args, **options):
        # Each app declares its steps (home/demo/registry.py); each step is idempotent.
        for _order, _app_label, loader in demo_steps():
            loader(log=lambda line: self.stdout.write(f"  {line}")).run()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
