from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = _("Staff security and roles")

    def ready(self):
        from staff import sessions

        sessions.connect_signals()
