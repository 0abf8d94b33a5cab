"""Webhook deliveries on the outbox pattern of jobs/mail.py: stored in the event's transaction, attempted
by a task after the commit, retried by the scheduler's `send_due_webhooks` with a doubling delay.

A 2xx answer delivers; any other answer, a timeout or a refused connection is a failed attempt, retried
until WEBHOOKS_MAX_ATTEMPTS, then given up. A destination that is not allowed is given up at once.
"""

import json
import logging
import uuid
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from webhooks import destinations, signing
from webhooks.models import Delivery, Endpoint

logger = logging.getLogger(__name__)

# Longer than one attempt can take (WEBHOOKS_TIMEOUT_SECONDS); a sender that died mid-way is retried after it.
CLAIM_LEASE = timedelta(minutes=5)
DUE_BATCH = 200


def emit(event, data):
    """Stores one delivery of `event` per active endpoint that chose it; each is attempted after the commit."""
    endpoints = [endpoint for endpoint in Endpoint.objects.filter(active=True) if event in endpoint.events]
    if not endpoints:
        return []
    event_id = uuid.uuid4()
    now = timezone.now()
    body = json.dumps(
        {"id": str(event_id), "event": event, "occurred_at": now.isoformat(), "data": data},
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
    )
    deliveries = [
        Delivery.objects.create(endpoint=endpoint, event_id=event_id, event=event, body=body, created_at=now)
        for endpoint in endpoints
    ]
    for delivery in deliveries:
        transaction.on_commit(partial(enqueue, delivery.pk))
    return deliveries


def enqueue(delivery_id):
    from webhooks.tasks import deliver_task

    try:
        deliver_task.enqueue(delivery_id)
    except Exception:  # the stored delivery is made by the scheduler instead
        logger.exception("Could not enqueue webhook delivery %s; send_due_webhooks will make it", delivery_id)


def retry_delay(failed_attempts):
    seconds = settings.WEBHOOKS_RETRY_BASE_SECONDS * 2 ** max(failed_attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.WEBHOOKS_RETRY_MAX_SECONDS))


def _claim(delivery_id, now):
    return (
        Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.PENDING, next_attempt_at__lte=now).update(
            next_attempt_at=now + CLAIM_LEASE
        )
        == 1
    )


def deliver(delivery_id):
    """One attempt at a due delivery; True when the receiver accepted it. Never raises for a network failure."""
    if not _claim(delivery_id, timezone.now()):
        return False
    delivery = Delivery.objects.select_related("endpoint").get(pk=delivery_id)
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "InvestInLombardy-Webhooks/1",
        "Webhook-Id": str(delivery.event_id),
        "Webhook-Event": delivery.event,
        signing.HEADER: signing.header(delivery.endpoint.secret, body),
    }
    try:
        status, answer = destinations.post(delivery.endpoint.url, body, headers, settings.WEBHOOKS_TIMEOUT_SECONDS)
    except destinations.Refused as error:
        _record(delivery, None, f"Refused: {error}", give_up=True)
        return False
    except (OSError, ValueError) as error:  # timeouts, refused connections, TLS and protocol errors
        _record(delivery, None, f"{type(error).__name__}: {error}")
        return False
    if 200 <= status < 300:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.DELIVERED,
            attempts=delivery.attempts + 1,
            last_status_code=status,
            last_error="",
            delivered_at=timezone.now(),
        )
        return True
    _record(delivery, status, f"HTTP {status}: {answer[:500]}")
    return False


def _record(delivery, status, error, give_up=False):
    attempts = delivery.attempts + 1
    given_up = give_up or attempts >= settings.WEBHOOKS_MAX_ATTEMPTS
    Delivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts,
        last_status_code=status,
        last_error=error[:2000],
        next_attempt_at=timezone.now() + retry_delay(attempts),
        status=Delivery.Status.FAILED if given_up else Delivery.Status.PENDING,
    )
    log = logger.error if given_up else logger.warning
    log("Webhook delivery %s failed (attempt %s%s): %s", delivery.pk, attempts, ", given up" if given_up else "", error)


def deliver_due():
    """An attempt at every delivery that is due; returns (attempted, delivered)."""
    due = Delivery.objects.filter(status=Delivery.Status.PENDING, next_attempt_at__lte=timezone.now())
    ids = list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:DUE_BATCH])
    return len(ids), sum(deliver(delivery_id) for delivery_id in ids)


def forget_old():
    """Payloads hold personal data: delivered ones are kept WEBHOOKS_KEEP_DELIVERED_DAYS, for support questions."""
    cutoff = timezone.now() - timedelta(days=settings.WEBHOOKS_KEEP_DELIVERED_DAYS)
    return Delivery.objects.filter(status=Delivery.Status.DELIVERED, delivered_at__lt=cutoff).delete()[0]
