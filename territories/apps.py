from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoriesConfig(AppConfig):
    name = "territories"
    verbose_name = _("Territories and innovation ecosystem")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [
        (20, "territories.demo.loader:TerritoryLoader"),
        (70, "territories.demo.sector_links:TerritorySectorLinksLoader"),
    ]
    # Snippets the demo translates into the languages beyond Italian (home/demo/page_translations.py).
    demo_translated_models = ("EcosystemEntity",)

    def ready(self):
        from home.i18n import page_slug_in_language, register_query_value
        from territories.models import TerritoryPage

        # `?territory=<slug>` (the stories' filter) names the territory page in the visitor's language.
        register_query_value("territory", page_slug_in_language(TerritoryPage))
