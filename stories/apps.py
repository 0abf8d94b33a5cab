from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Success stories")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [(80, "stories.demo.loader:StoriesLoader")]
