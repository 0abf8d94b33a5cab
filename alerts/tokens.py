"""Signed links of an alert: confirm (expires), unsubscribe and manage (never expire: leaving must always work)."""

from django.conf import settings
from django.core import signing

SALT = "alerts"


def make(search, purpose):
    return signing.dumps({"id": search.pk, "for": purpose, "email": search.email}, salt=SALT)


def read(token, purpose):
    """The token's {id, email}, or None when it is forged, of another purpose, or (to confirm) expired."""
    max_age = settings.ALERTS_CONFIRM_LINK_MAX_AGE if purpose == "confirm" else None
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return data if data.get("for") == purpose else None
