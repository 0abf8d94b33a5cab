"""The signature a receiver checks: HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret.

    Webhook-Signature: t=1764748800,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd

The timestamp is signed with the body, so a captured request cannot be replayed later: receivers refuse
a timestamp older than their tolerance (five minutes is usual) and a delivery id they have already seen.
"""

import hashlib
import hmac
import time

HEADER = "Webhook-Signature"
DEFAULT_TOLERANCE_SECONDS = 300


def signature(secret, timestamp, body):
    message = str(int(timestamp)).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def header(secret, body, timestamp=None):
    timestamp = int(time.time() if timestamp is None else timestamp)
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def verify(secret, body, value, tolerance=DEFAULT_TOLERANCE_SECONDS, now=None):
    """What a receiver does (docs/webhooks.md shows the same in a few lines): True for a fresh, genuine request."""
    try:
        fields = dict(item.split("=", 1) for item in value.split(","))
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(fields.get("v1", ""), signature(secret, timestamp, body))
