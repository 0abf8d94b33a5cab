from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from staff import views


@hooks.register("register_admin_urls")
def register_staff_urls():
    return [
        # The same address and name as wagtail_2fa's page, listed first (INSTALLED_APPS order), so it wins.
        path("2fa/auth", views.TokenLoginView.as_view(), name="wagtail_2fa_auth"),
        path("2fa/recovery-codes/", views.recovery_codes_view, name="staff_recovery_codes"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("staff_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("Single-use codes to sign in when your authenticator app is not at hand."),
    }
