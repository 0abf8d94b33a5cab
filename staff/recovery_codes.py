"""Single-use recovery codes (django-otp static tokens) for when the authenticator app is lost."""

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

COUNT = 10
DEVICE_NAME = "Recovery codes"


def _code():
    # A code of digits only would be read as an app's code by the token form (staff/forms.py).
    while True:
        code = StaticToken.random_token()
        if not code.isdigit():
            return code


@transaction.atomic
def replace_codes(user):
    """Issues COUNT new codes for `user`, invalidating every earlier one; returns them in clear."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=DEVICE_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [_code() for _ in range(COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
