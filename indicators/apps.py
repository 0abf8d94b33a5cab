from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Indicators")
    # Demo content steps, by order (home/demo/registry.py): figures need no page, only the locales.
    demo_loaders = [
        (15, "indicators.demo.loader:IndicatorLoader"),
        (16, "indicators.demo.cost_page:CostPageLoader"),
    ]
    # Snippets the demo translates into the languages beyond Italian (home/demo/page_translations.py).
    demo_translated_models = ("Indicator",)

    def ready(self):
        from home.content_version import retire_on
        from indicators.models import Indicator, IndicatorValue

        # Pages' indicators and latest values are kept under the content version (indicators/figures.py).
        retire_on(Indicator, IndicatorValue)
