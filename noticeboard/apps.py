from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticeboardConfig(AppConfig):
    name = "noticeboard"
    verbose_name = _("Demand and offer noticeboard")
    # After the catalogue (60) and incentives (65); before core links the sections (90).
    demo_loaders = [(67, "noticeboard.demo.loader:NoticeboardLoader")]
