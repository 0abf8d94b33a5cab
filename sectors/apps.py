from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "sectors"
    verbose_name = _("Sectors")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [(50, "sectors.demo.loader:SectorsLoader")]
