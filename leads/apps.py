from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadsConfig(AppConfig):
    name = "leads"
    verbose_name = _("Leads")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [(40, "leads.demo:LeadsLoader")]
