import django_otp
from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa.forms import TokenForm


class AnyDeviceTokenForm(TokenForm):
    """wagtail_2fa's token form, matching the code against the user's own confirmed devices.

    django-otp 1.7 no longer guesses the device (wagtail_2fa's form then refuses every code), so
    it is chosen here: a TOTP app for a code of its digits, the recovery codes for anything else.
    Trying only devices of the right kind keeps a recovery code from counting as a failed TOTP try.
    """

    otp_token = forms.CharField(label=_("Code from your app, or a recovery code"), required=True)

    def clean(self):
        token = "".join((self.cleaned_data.get("otp_token") or "").split()).lower()
        self.cleaned_data["otp_token"] = token
        devices = [d for d in django_otp.devices_for_user(self.user, confirmed=True) if self._fits(d, token)]
        error = forms.ValidationError(self.otp_error_messages["invalid_token"], code="invalid_token")
        for device in devices:
            self.cleaned_data["otp_device"] = device.persistent_id
            try:
                self.clean_otp(self.user)
                return self.cleaned_data
            except forms.ValidationError as refused:
                error = refused
        raise error

    @staticmethod
    def _fits(device, token):
        looks_like_totp = token.isdigit()
        return looks_like_totp if isinstance(device, TOTPDevice) else not looks_like_totp
