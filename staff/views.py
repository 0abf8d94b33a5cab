from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa.views import LoginView

from staff import recovery_codes
from staff.forms import AnyDeviceTokenForm


class TokenLoginView(LoginView):
    """wagtail_2fa's token page, accepting a recovery code as well as the app's code."""

    form_class = AnyDeviceTokenForm


@never_cache
def recovery_codes_view(request):
    """Shows new codes once, right after they are made; only their number is shown afterwards."""
    user = request.user
    has_app = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    # Codes are a second factor: only someone who just proved the first one with the app may make them.
    allowed = has_app and user.is_verified()
    codes = None
    if request.method == "POST" and allowed:
        codes = recovery_codes.replace_codes(user)
    context = {
        "page_title": _("Recovery codes"),
        "allowed": allowed,
        "has_app": has_app,
        "codes": codes,
        "remaining": recovery_codes.remaining(user),
    }
    return TemplateResponse(request, "staff/recovery_codes.html", context)
