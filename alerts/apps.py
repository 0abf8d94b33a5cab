from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Saved searches and alerts")

    def ready(self):
        from leads.privacy import subject_erased

        subject_erased.connect(erase_saved_searches, dispatch_uid="alerts-erase")


def erase_saved_searches(sender, email, **kwargs):
    """An erasure request (leads' privacy tools) deletes the address's saved searches, consents and sends."""
    from alerts.models import SavedSearch

    SavedSearch.objects.filter(email__iexact=email).delete()
