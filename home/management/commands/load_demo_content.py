from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

# Each app adds its own loader here; they run in this order, each idempotent.
LOADERS = [
    "home.demo.loader.DemoLoader",
    "territories.demo.loader.TerritoryLoader",
    "news.demo.loader.NewsLoader",
    # The contact page comes before the sectors that link to it.
    "leads.demo.LeadsLoader",
    "sectors.demo.loader.SectorsLoader",
    "opportunities.demo.loader.OpportunityDemoLoader",
    # Sector links and stories need the sectors, territories and sites above.
    "territories.demo.sector_links.TerritorySectorLinksLoader",
    "news.demo.loader.NewsSectorLinksLoader",
    "opportunities.demo.sector_links.OpportunitySectorLinksLoader",
    "stories.demo.loader.StoriesLoader",
    # Last: links the sections above from the menu and the home page.
    "home.demo.sections.SectionLinksLoader",
]


class Command(BaseCommand):
    help = "Builds the bilingual demo content. Safe to run again: existing content is left alone."

    def handle(self, *args, **options):
        for path in LOADERS:
            import_string(path)(log=lambda line: self.stdout.write(f"  {line}")).run()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
