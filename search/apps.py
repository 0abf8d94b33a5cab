from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import indexing
        from search.cluster import breaker

        indexing.connect()
        breaker.on_recovery.append(indexing.catch_up_after_outage)
