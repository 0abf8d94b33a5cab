from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    # After the other languages' locales (95), so each language that exists gets its synonyms.
    demo_loaders = [(96, "search.demo.loader:SynonymsLoader")]

    def ready(self):
        from search import indexing
        from search.cluster import breaker

        indexing.connect()
        breaker.on_recovery.append(indexing.catch_up_after_outage)
