"""Abuse limits on the forms and endpoints that write, counted by django-ratelimit in the cache.

With Redis (production) every app server shares the counts. A key is the client's address
(home.client_address, proxy-aware) or a value the visitor typed, such as an e-mail address.
"""

from django_ratelimit.core import get_usage

from home.client_address import client_ip

HOUR = 60 * 60


def _key_for(value):
    if value is None:
        return lambda group, request: client_ip(request)
    normalised = value.strip().lower()
    return lambda group, request: normalised


def over_limit(request, group, limit, value=None, period=HOUR):
    """Counts one attempt in `group`, keyed by `value` or else by the client's address.

    Returns the seconds until another attempt is allowed (for Retry-After) once the limit is
    passed, None while under it; a cache outage lets the attempt through (RATELIMIT_FAIL_OPEN).
    """
    usage = get_usage(request, group=group, key=_key_for(value), rate=(limit, period), increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(int(usage["time_left"]), 1)
