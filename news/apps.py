from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News, press releases and events")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [(30, "news.demo.loader:NewsLoader"), (71, "news.demo.loader:NewsSectorLinksLoader")]
