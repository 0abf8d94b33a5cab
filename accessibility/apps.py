from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accessibility"
    verbose_name = _("Accessibility statement")
    # After the core's pages and menus (10), so the statement joins the footer menu they made.
    demo_loaders = [(15, "accessibility.demo.loader:AccessibilityStatementLoader")]
