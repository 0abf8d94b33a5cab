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
