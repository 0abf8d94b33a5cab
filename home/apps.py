from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")
    # Demo content steps, by order (home/demo/registry.py).
    demo_loaders = [
        (10, "home.demo.loader:DemoLoader"),
        (90, "home.demo.sections:SectionLinksLoader"),
        (95, "home.demo.locales:NewLocalesLoader"),
        (96, "home.demo.page_translations:PageTranslationsLoader"),
    ]

    def ready(self):
        from home import request_memo
        from home.content_version import connect_signals

        connect_signals()
        request_memo.install()
