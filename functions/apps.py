from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FunctionsConfig(AppConfig):
    name = "functions"
    verbose_name = _("Business functions")
    # After the stories (80), whose pages the function pages list; before the core's section links (90).
    demo_loaders = [(82, "functions.demo.loader:FunctionsLoader")]
