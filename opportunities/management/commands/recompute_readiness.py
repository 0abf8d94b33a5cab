"""Daily: readiness levels recomputed for today's date.

A level depends on the date (facts verified in the last six months), so without this a level would
drop only when its site is next saved. Each site whose level changed is saved with that field only,
which also queues its search index update (search.indexing listens to the save).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from opportunities.models import OpportunityPage


class Command(BaseCommand):
    help = "Recomputes every site's readiness level for today and saves those that changed."

    def handle(self, *args, **options):
        today = timezone.localdate()
        changed = 0
        for site in OpportunityPage.objects.order_by("pk").iterator(chunk_size=500):
            level = site.readiness(today).level
            if level != site.readiness_level:
                site.save(update_fields=["readiness_level"], clean=False)
                changed += 1
        self.stdout.write(f"Readiness levels changed: {changed}.")
