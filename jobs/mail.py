"""E-mail that survives a mail outage: `send()` stores the message, a task sends it, failures retry.

The apps call `jobs.mail.send(...)` instead of `send_mail(..., fail_silently=True)`. The message is
written in the caller's transaction (a lead and its notification are saved together or not at
all) and its first attempt is a task enqueued after the commit: in the request with the immediate
backend, in the worker with the database one. A failed attempt is recorded with a growing delay;
the scheduler's `send_due_mail` makes the next one when it is due, and after JOBS_MAIL_MAX_ATTEMPTS
the message is given up and left for staff in the admin (*Reports → Background jobs*).
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from jobs.models import OutboxMessage

logger = logging.getLogger(__name__)

# Long enough for one SMTP conversation (EMAIL_TIMEOUT); a sender that died mid-way is retried after it.
CLAIM_LEASE = timedelta(minutes=10)
DUE_BATCH = 200


def send(subject, body, to, *, from_email=None, reply_to=()):
    """Stores an e-mail to `to` (a list of addresses) and sends it once the transaction commits."""
    recipients = [address for address in to if address]
    if not recipients:
        return None
    message = OutboxMessage.objects.create(
        # A header cannot hold a line break: a subject that has one would fail on every attempt.
        subject=" ".join(str(subject).split()),
        body=body,
        from_email=from_email or "",
        to=recipients,
        reply_to=list(reply_to),
    )
    after_commit(partial(enqueue_delivery, message.pk))
    return message


def after_commit(function):
    transaction.on_commit(function)


def enqueue_delivery(message_id):
    from jobs.tasks import deliver_message_task

    try:
        deliver_message_task.enqueue(message_id)
    except Exception:  # the stored message is sent by the scheduler instead
        logger.exception("Could not enqueue e-mail %s; send_due_mail will send it", message_id)


def retry_delay(failed_attempts):
    """Doubles from JOBS_MAIL_RETRY_BASE_SECONDS after each failure, up to JOBS_MAIL_RETRY_MAX_SECONDS."""
    seconds = settings.JOBS_MAIL_RETRY_BASE_SECONDS * 2 ** max(failed_attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.JOBS_MAIL_RETRY_MAX_SECONDS))


def _claim(message_id, now):
    """Only one sender wins a due message: the update moves `next_try_at` past the lease."""
    return (
        OutboxMessage.objects.filter(pk=message_id, status=OutboxMessage.PENDING, next_try_at__lte=now).update(
            next_try_at=now + CLAIM_LEASE
        )
        == 1
    )


def deliver(message_id):
    """One attempt at a due message; True when it was sent. Never raises for a mail failure."""
    if not _claim(message_id, timezone.now()):
        return False
    message = OutboxMessage.objects.get(pk=message_id)
    email = EmailMessage(
        message.subject, message.body, message.from_email or None, message.to, reply_to=message.reply_to or None
    )
    try:
        email.send()
    except Exception as error:  # any failure of the mail server or its connection is retried
        _record_failure(message, error)
        return False
    OutboxMessage.objects.filter(pk=message.pk).update(status=OutboxMessage.SENT, sent_at=timezone.now())
    return True


def _record_failure(message, error):
    now = timezone.now()
    attempts = message.attempts + 1
    given_up = attempts >= settings.JOBS_MAIL_MAX_ATTEMPTS
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=attempts,
        last_error=f"{type(error).__name__}: {error}"[:2000],
        next_try_at=now + retry_delay(attempts),
        status=OutboxMessage.FAILED if given_up else OutboxMessage.PENDING,
    )
    log = logger.error if given_up else logger.warning
    log("E-mail %s failed (attempt %s%s): %s", message.pk, attempts, ", given up" if given_up else "", error)


def deliver_due():
    """Makes an attempt at every message that is due; returns (attempted, sent)."""
    due = OutboxMessage.objects.filter(status=OutboxMessage.PENDING, next_try_at__lte=timezone.now())
    ids = list(due.order_by("next_try_at").values_list("pk", flat=True)[:DUE_BATCH])
    return len(ids), sum(deliver(message_id) for message_id in ids)


def forget_sent():
    """Sent messages hold personal data and are kept only JOBS_MAIL_KEEP_SENT_DAYS, for support questions."""
    cutoff = timezone.now() - timedelta(days=settings.JOBS_MAIL_KEEP_SENT_DAYS)
    return OutboxMessage.objects.filter(status=OutboxMessage.SENT, sent_at__lt=cutoff).delete()[0]


def send_again(message_ids):
    """Staff's retry of unsent messages: one more attempt now, then given up again if it fails."""
    unsent = OutboxMessage.objects.filter(pk__in=message_ids).exclude(status=OutboxMessage.SENT)
    ids = list(unsent.values_list("pk", flat=True))
    unsent.update(status=OutboxMessage.PENDING, next_try_at=timezone.now())
    for message_id in ids:
        after_commit(partial(enqueue_delivery, message_id))
    return len(ids)
