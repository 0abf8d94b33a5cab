"""Staff sessions: an idle timeout and an absolute lifetime, both counted from the session itself.

Only sessions of people who can open the Wagtail admin are timed; a visitor's session (the lead
remembered by the forms, the shortlist, an owner of the portal) keeps Django's lifetime.
"""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in

SIGNED_IN_AT = "staff.signed_in_at"
SEEN_AT = "staff.seen_at"


def is_staff_user(user):
    return user.is_authenticated and (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def _remember_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = request.session[SEEN_AT] = now


def connect_signals():
    user_logged_in.connect(_remember_sign_in, dispatch_uid="staff.remember_sign_in")


def expired(request):
    """True when the staff session was idle too long or is older than its lifetime; else marks it seen."""
    now = int(time.time())
    session = request.session
    signed_in_at = session.get(SIGNED_IN_AT)
    seen_at = session.get(SEEN_AT, signed_in_at)
    if signed_in_at is None or seen_at is None:
        # Signed in before these rules existed: the lifetime starts now.
        session[SIGNED_IN_AT] = session[SEEN_AT] = now
        return False
    if now - seen_at > settings.STAFF_SESSION_IDLE_SECONDS or now - signed_in_at > settings.STAFF_SESSION_MAX_SECONDS:
        return True
    session[SEEN_AT] = now
    return False
