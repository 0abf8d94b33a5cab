"""The visitor's address, as the rate limits and the login lockout see it.

Behind N reverse proxies (settings.TRUSTED_PROXY_COUNT) each proxy appends the address it was
reached from to X-Forwarded-For, so the client is the N-th entry from the right: anything further
left was written by the client and can be forged. With no trusted proxy the header is ignored.
"""

import ipaddress

from django.conf import settings


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < count:
        # The request did not come through every trusted proxy: only the peer's address is known.
        return remote
    return _valid(forwarded[-count]) or remote
