"""Retention, export and erasure of personal data. Every run is logged, with the e-mail only hashed."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.dispatch import Signal
from django.utils import timezone

from leads.models import Lead, PrivacyLog, Submission, UsedFormToken
from leads.services import email_hash

logger = logging.getLogger(__name__)
# Sent by erase_email() with `email`: apps above leads (alerts' saved searches) erase what they hold.
subject_erased = Signal()


def retention_days():
    return getattr(settings, "LEADS_RETENTION_DAYS", 730)


def expired_leads(now=None):
    cutoff = (now or timezone.now()) - timedelta(days=retention_days())
    return Lead.objects.filter(updated_at__lt=cutoff)


@transaction.atomic
def purge_expired(performed_by="system"):
    """Deletes leads (with their submissions, consents and downloads) untouched for longer than the retention
    period, and the record of anti-bot tokens that have expired anyway."""
    leads = expired_leads()
    count = leads.count()
    leads.delete()
    UsedFormToken.objects.filter(expires_at__lt=timezone.now()).delete()
    PrivacyLog.objects.create(action=PrivacyLog.Action.PURGE, leads_affected=count, performed_by=performed_by)
    logger.info("Retention purge: %s lead(s) older than %s days deleted", count, retention_days())
    return count


def export_email(email, performed_by="system"):
    """Everything held about an e-mail address, as a JSON-ready dictionary."""
    leads = Lead.objects.filter(email__iexact=email.strip()).select_related(
        "country", "sector", "business_function", "assignee"
    )
    data = {"email": email.strip(), "exported_at": timezone.now().isoformat(), "leads": []}
    submissions = Submission.objects.select_related("country", "sector", "business_function", "page")
    for lead in leads.prefetch_related("consents", "downloads__booklet", Prefetch("submissions", submissions)):
        record = {
            field.name: _plain(getattr(lead, field.name))
            for field in Lead._meta.concrete_fields
            if field.name not in {"assignee", "notes"}
        }
        record["consents"] = [
            {
                "purpose": c.purpose,
                "text": c.text,
                "text_version": c.text_version,
                "language": c.language,
                "given_at": c.given_at.isoformat(),
            }
            for c in lead.consents.all()
        ]
        record["downloads"] = [
            {
                "booklet": str(d.booklet) if d.booklet else None,
                "page": d.source_url,
                "requested_at": d.created_at.isoformat(),
                "times_downloaded": d.fetch_count,
            }
            for d in lead.downloads.all()
        ]
        record["submissions"] = [
            {
                field.name: _plain(getattr(submission, field.name))
                for field in Submission._meta.concrete_fields
                if field.name != "lead"
            }
            for submission in lead.submissions.all()
        ]
        data["leads"].append(record)
    PrivacyLog.objects.create(
        action=PrivacyLog.Action.EXPORT,
        subject_hash=email_hash(email),
        leads_affected=len(data["leads"]),
        performed_by=performed_by,
    )
    logger.info("Data export for subject %s: %s lead(s)", email_hash(email)[:12], len(data["leads"]))
    return data


@transaction.atomic
def erase_email(email, performed_by="system"):
    """Deletes every lead of an e-mail address, with submissions, consents and downloads (they cascade)."""
    leads = Lead.objects.filter(email__iexact=email.strip())
    count = leads.count()
    leads.delete()  # their submissions, consents and downloads cascade
    subject_erased.send(sender=Lead, email=email.strip())
    PrivacyLog.objects.create(
        action=PrivacyLog.Action.ERASE, subject_hash=email_hash(email), leads_affected=count, performed_by=performed_by
    )
    logger.info("Erasure for subject %s: %s lead(s) deleted", email_hash(email)[:12], count)
    return count


def _plain(value):
    if value is None or isinstance(value, str | int | float | bool | dict):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
