"""Retention, export and erasure of personal data. Every run is logged, with the e-mail only hashed.

leads/ holds the leads; the apps above it (the desk's contacts, companies, projects and activities) hold more
about the same people. They register a `SubjectRecords` here (desk/privacy.py), so that an export, an erasure
and the retention purge reach their records too without leads importing them.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.deletion import Collector
from django.db.models.functions import Coalesce, Greatest
from django.dispatch import Signal
from django.utils import timezone

from leads.models import Download, Lead, PrivacyLog, Submission, UsedFormToken
from leads.services import email_hash

logger = logging.getLogger(__name__)
# Sent by erase_email() with `email`: apps above leads (alerts' saved searches) erase what they hold.
subject_erased = Signal()

RECORD_TYPES = ("leads", "contacts", "companies", "projects", "activities")


class SubjectRecords:
    """What an app above leads holds about people. Subclass it and `register()` an instance at start-up."""

    name = ""

    def export(self, email, leads):
        """A JSON-ready dictionary of everything held about `email` (whose leads are `leads`)."""
        return {}

    def erase(self, email, leads):
        """Deletes what is held about `email`, before its leads are deleted; returns {record type: count}."""
        return {}

    def lead_activity(self):
        """Expressions giving the latest date of the app's activity on a lead (OuterRef("pk") is the lead)."""
        return []

    def expired(self, now, lead_ids):
        """Querysets (in deletion order, run before the leads') of records past their retention at `now`;
        `lead_ids` are the leads the same purge deletes."""
        return []


_registered = []


def register(records):
    if all(type(existing) is not type(records) for existing in _registered):
        _registered.append(records)


def registered():
    return list(_registered)


def retention_days(record_type="leads"):
    """LEADS_RETENTION_DAYS for leads; PRIVACY_RETENTION_DAYS for the records of the apps above (desk)."""
    if record_type == "leads":
        return settings.LEADS_RETENTION_DAYS
    return settings.PRIVACY_RETENTION_DAYS[record_type]


def cutoff(record_type, now=None):
    return (now or timezone.now()) - timedelta(days=retention_days(record_type))


def latest(queryset, field):
    """The latest value of `field` in `queryset` (correlated to the outer row through OuterRef)."""
    return Subquery(queryset.order_by(F(field).desc(nulls_last=True)).values(field)[:1])


def last_of(base, *dates):
    """The latest of `base` (a field that is never empty) and `dates` (expressions that may be)."""
    if not dates:
        return F(base)
    return Greatest(F(base), *(Coalesce(date, F(base)) for date in dates))


def lead_last_activity():
    """A lead's clock: it was received, a form was sent again, a booklet fetched, the desk recorded something.
    Editing a lead (its status, its notes) does not restart it."""
    dates = [
        latest(Submission.objects.filter(lead=OuterRef("pk")), "received_at"),
        latest(Download.objects.filter(lead=OuterRef("pk")), "last_fetched_at"),
    ]
    for records in registered():
        dates += records.lead_activity()
    return last_of("created_at", *dates)


def expired_leads(now=None):
    return Lead.objects.annotate(last_activity=lead_last_activity()).filter(last_activity__lt=cutoff("leads", now))


def _label(model):
    return model._meta.label


def _delete_collecting(queryset, deleted):
    """Deletes `queryset` with everything that cascades from it, adding each row's label and pk to `deleted`."""
    collector = Collector(using=queryset.db, origin=queryset)
    collector.collect(queryset)
    for model, instances in collector.data.items():
        deleted[_label(model)].update(instance.pk for instance in instances)
    for fast in collector.fast_deletes:
        deleted[_label(fast.model)].update(fast.values_list("pk", flat=True))
    collector.delete()


def purge_expired(performed_by="system", dry_run=False, now=None):
    """Deletes the records of every type quiet for longer than its retention period (PRIVACY_RETENTION_DAYS),
    with what cascades from them, and the anti-bot tokens that have expired anyway.

    Returns {model label: sorted pks} of every row deleted. A dry run makes the very same deletions in a
    transaction it rolls back, so what it lists is exactly what the real run would delete.
    """
    now = now or timezone.now()
    deleted = defaultdict(set)
    with transaction.atomic():
        lead_ids = list(expired_leads(now).values_list("pk", flat=True))
        # Every choice is made before anything is deleted: one record's clock may read another's activity.
        plan = [queryset for records in registered() for queryset in records.expired(now, lead_ids)]
        plan.append(Lead.objects.filter(pk__in=lead_ids))
        for queryset in plan:
            _delete_collecting(queryset, deleted)
        tokens = UsedFormToken.objects.filter(expires_at__lt=now)
        _delete_collecting(tokens, deleted)
        result = {label: sorted(pks) for label, pks in sorted(deleted.items()) if pks}
        if dry_run:
            transaction.set_rollback(True)
        else:
            PrivacyLog.objects.create(
                action=PrivacyLog.Action.PURGE,
                leads_affected=len(lead_ids),
                counts={label: len(pks) for label, pks in result.items()},
                performed_by=performed_by,
            )
    logger.info(
        "Retention purge%s: %s lead(s) past %s days, %s row(s) in all",
        " (dry run)" if dry_run else "",
        len(lead_ids),
        retention_days(),
        sum(len(pks) for pks in result.values()),
    )
    return result


def _lead_record(lead):
    record = {field.name: _plain(getattr(lead, field.name)) for field in Lead._meta.concrete_fields}
    record["assignee"] = lead.assignee.get_username() if lead.assignee else None
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
    return record


def subject_leads(email):
    return Lead.objects.filter(email__iexact=email.strip())


def export_email(email, performed_by="system"):
    """Everything held about an e-mail address, as a JSON-ready dictionary: the leads with the staff's notes,
    and what each registered app holds (the desk: contacts, companies, projects, activities and tasks)."""
    leads = subject_leads(email).select_related("country", "sector", "business_function", "assignee")
    data = {"email": email.strip(), "exported_at": timezone.now().isoformat(), "leads": []}
    submissions = Submission.objects.select_related("country", "sector", "business_function", "page")
    for lead in leads.prefetch_related("consents", "downloads__booklet", Prefetch("submissions", submissions)):
        data["leads"].append(_lead_record(lead))
    for records in registered():
        data[records.name] = records.export(email.strip(), subject_leads(email))
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
    """Deletes every lead of an e-mail address (submissions, consents and downloads cascade) and what the
    registered apps hold about it. Only the counts of each type of record deleted are kept, in the log."""
    leads = subject_leads(email)
    counts = {"leads": leads.count()}
    for records in registered():
        for record_type, count in records.erase(email.strip(), leads).items():
            counts[record_type] = counts.get(record_type, 0) + count
    leads.delete()
    subject_erased.send(sender=Lead, email=email.strip())
    PrivacyLog.objects.create(
        action=PrivacyLog.Action.ERASE,
        subject_hash=email_hash(email),
        leads_affected=counts["leads"],
        counts=counts,
        performed_by=performed_by,
    )
    logger.info("Erasure for subject %s: %s", email_hash(email)[:12], counts)
    return counts["leads"]


def _plain(value):
    if value is None or isinstance(value, str | int | float | bool | dict):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
