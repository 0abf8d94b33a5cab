from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [
        (60, "opportunities.demo.loader:OpportunityDemoLoader"),
        (72, "opportunities.demo.sector_links:OpportunitySectorLinksLoader"),
    ]

    def ready(self):
        from home.content_version import retire_on
        from opportunities.models import ReadinessSettings

        # The levels' names are kept under the content version (ReadinessSettings.names_for_request).
        retire_on(ReadinessSettings)
