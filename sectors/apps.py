from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "sectors"
    verbose_name = _("Sectors")
    # Demo content steps, by order (home/demo/registry.py).
    # Booklets are printed at 92, once the stories, sites and incentives they show are loaded; those of
    # the other languages when their sector pages are translated and published (96).
    demo_loaders = [(50, "sectors.demo.loader:SectorsLoader"), (92, "sectors.demo.loader:BookletsLoader")]
    # Snippets the demo translates into the languages beyond Italian (home/demo/page_translations.py).
    demo_translated_models = ("BusinessFunction", "Country", "Booklet")

    def ready(self):
        from home.content_version import retire_on
        from home.i18n import page_slug_in_language, register_query_value
        from sectors import signals
        from sectors.links import country_in_language
        from sectors.models import BusinessFunction, Country, SectorPage

        # The forms' country and activity lists are kept under the content version (home/shared_choices.py).
        retire_on(Country, BusinessFunction)

        # Filters name sectors and countries in the visitor's language: the language switch keeps them.
        register_query_value("sector", page_slug_in_language(SectorPage))
        register_query_value("country", country_in_language)
        signals.connect()
