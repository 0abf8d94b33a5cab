from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncentivesConfig(AppConfig):
    name = "incentives"
    verbose_name = _("Incentives")
    # After sectors (50) and territories (20), whose pages incentives name; before the stories (80).
    demo_loaders = [(65, "incentives.demo.loader:IncentivesLoader")]
    # Snippets the demo translates into the languages beyond Italian (home/demo/page_translations.py).
    demo_translated_models = ("Incentive",)

    def ready(self):
        from home.content_version import retire_on
        from incentives.models import Incentive

        # The pages' list of incentives is kept under the content version (incentives/matching.py).
        retire_on(Incentive)
