"""What happens when a form is accepted: the lead, its consents, downloads, links and e-mails."""

import hashlib
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from home import rate_limits
from home.emails import render_subject
from home.public_urls import absolute_url
from jobs import mail
from leads.models import CONSENT_TEXT_VERSION, PROFILE_FIELDS, ConsentRecord, Download, Lead, Submission
from leads.signals import submission_saved

logger = logging.getLogger(__name__)

SESSION_LEAD = "leads.lead_id"
SESSION_CAMPAIGN = "leads.campaign"
UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
DOWNLOAD_SALT = "leads.booklet-download"


# --- Rate limits -------------------------------------------------------------------------


def ip_over_limit(request):
    """Seconds to wait once this address sent too many forms in the hour, else None."""
    return rate_limits.over_limit(request, "leads:ip", settings.LEADS_RATE_LIMIT_PER_IP)


def email_over_limit(request, email):
    """Seconds to wait once forms for this e-mail address came too often in the hour, else None."""
    return rate_limits.over_limit(request, "leads:email", settings.LEADS_RATE_LIMIT_PER_EMAIL, value=email)


# --- Campaign capture --------------------------------------------------------------------


def remember_campaign(request):
    """Keeps the UTM parameters and landing page of a campaign visit in the session."""
    params = {field: request.GET.get(field, "")[:100] for field in UTM_FIELDS}
    if any(params.values()):
        params["landing_url"] = request.build_absolute_uri()[:500]
        request.session[SESSION_CAMPAIGN] = params


def campaign_from(request):
    return dict(request.session.get(SESSION_CAMPAIGN) or {})


# --- Leads -------------------------------------------------------------------------------


def _in_default_locale(obj):
    """Taxonomies and pages are stored in the default language, so inbox filters group them."""
    if obj is None:
        return None
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return obj
    return obj.get_translation_or_none(default) or obj


def session_lead(request):
    lead_id = request.session.get(SESSION_LEAD)
    if not lead_id:
        return None
    return Lead.objects.filter(pk=lead_id).first()


def accept(request, form, kind, page=None):
    """The lead a valid form is saved to, or None when forms for its e-mail address came too often.

    Staff are told of a new lead, not of every later submission.
    """
    if email_over_limit(request, form.cleaned_data["email"]):
        return None
    lead, created = save_lead(request, form, kind, page)
    if created:
        notify_staff(lead)
    return lead


@transaction.atomic
def save_lead(request, form, kind, page=None):
    """Records an accepted form as a Submission of its lead. Returns (lead, created).

    The lead is this visitor's (same session, same e-mail) or, for a booklet, the last booklet lead of
    that e-mail. A new lead takes its details from the submission; an existing one is never rewritten
    by it — anyone can type someone else's e-mail — and only gains answers it did not have yet. Staff
    see where a submission differs and adopt a value by hand (Submission.differences, adopt_value).
    """
    data = form.cleaned_data
    lead = session_lead(request)
    if lead is not None and lead.email.lower() != data["email"].lower():
        lead = None
    if lead is None and kind == Lead.Kind.BOOKLET:
        lead = Lead.objects.filter(email__iexact=data["email"], kind=kind).order_by("-created_at").first()
    created = lead is None
    submission = _submission_from(request, form, kind, page)
    if created:
        lead = Lead(kind=kind, email=data["email"], language=submission.language, source_url=submission.source_url)
        lead.landing_url = submission.campaign.get("landing_url", "")
        for field in UTM_FIELDS:
            setattr(lead, field, submission.campaign.get(field, ""))
    for field in PROFILE_FIELDS:
        if getattr(lead, Lead._meta.get_field(field).attname) in (None, ""):
            setattr(lead, field, getattr(submission, field))
    if not lead.description:
        lead.description = submission.message
    lead.save()
    submission.lead = lead
    submission.save()
    ConsentRecord.objects.bulk_create(
        [
            ConsentRecord(
                lead=lead,
                submission=submission,
                purpose=purpose,
                text=text[:500],
                text_version=CONSENT_TEXT_VERSION,
                language=submission.language,
            )
            for purpose, text in form.consents()
        ]
    )
    # In the same transaction: the desk's records of the lead (and its e-mails) are saved with it or not at all.
    submission_saved.send(sender=Lead, lead=lead, submission=submission, created=created)
    request.session[SESSION_LEAD] = lead.pk
    return lead, created


def _submission_from(request, form, kind, page):
    """The form exactly as sent (taxonomies and pages in the default language, as the inbox groups them)."""
    data = form.cleaned_data
    submission = Submission(
        kind=kind,
        email=data["email"],
        message=data.get("description", ""),
        language=translation.get_language() or settings.LANGUAGE_CODE,
        page=page,
        campaign={field: value for field, value in campaign_from(request).items() if value},
    )
    for field in PROFILE_FIELDS:
        if Submission._meta.get_field(field).is_relation:
            setattr(submission, field, _in_default_locale(data.get(field)))
        else:
            setattr(submission, field, data.get(field) or "")
    # Without a page (the API's contact endpoint) the form's own address is where it came from.
    form_url = page.get_url(request) if page is not None else request.path
    submission.source_url = request.build_absolute_uri(form_url)[:500]
    return submission


def adopt_value(lead, submission, field):
    """Staff take one answer of a later submission into the lead's details."""
    if field not in PROFILE_FIELDS or submission.lead_id != lead.pk:
        raise ValueError(field)
    setattr(lead, field, getattr(submission, field))
    lead.save()


def record_download(request, lead, booklet, page):
    return Download.objects.create(
        lead=lead, booklet=booklet, source_url=request.build_absolute_uri(page.get_url(request))[:500]
    )


# --- Signed links ------------------------------------------------------------------------


def download_token(download, by_email=False):
    payload = {"d": download.pk, "l": download.lead_id, "b": download.booklet_id}
    if by_email:
        payload["m"] = "e"
    return signing.TimestampSigner(salt=DOWNLOAD_SALT).sign_object(payload)


def read_download_token(token):
    """The payload of a valid link; BadSignature when tampered, SignatureExpired when too old."""
    signer = signing.TimestampSigner(salt=DOWNLOAD_SALT)
    payload = signer.unsign_object(token)
    if payload.get("m") == "e":
        max_age = getattr(settings, "LEADS_EMAIL_LINK_MAX_AGE", 24 * 60 * 60)
    else:
        max_age = getattr(settings, "LEADS_DOWNLOAD_LINK_MAX_AGE", 15 * 60)
    signer.unsign_object(token, max_age=max_age)
    return payload


def download_url(download, by_email=False):
    return reverse("leads:booklet_download", kwargs={"token": download_token(download, by_email)})


# --- E-mail ------------------------------------------------------------------------------


def send_booklet_email(request, download, page):
    lead = download.lead
    with translation.override(lead.language):
        context = {
            "lead": lead,
            "booklet": download.booklet,
            # On the public address (home/public_urls.py), whichever host the form was posted to.
            "link": absolute_url(download_url(download, by_email=True)),
            "page_url": absolute_url(page.get_url(request)),
            "hours": getattr(settings, "LEADS_EMAIL_LINK_MAX_AGE", 24 * 60 * 60) // 3600,
        }
        subject = render_subject("leads/email/booklet_subject.txt", context)
        body = render_to_string("leads/email/booklet_body.txt", context)
    mail.send(subject, body, [lead.email])


def notify_staff(lead):
    recipients = list(getattr(settings, "LEADS_NOTIFY_EMAILS", []))
    if not recipients:
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("lead_inbox:inspect", args=[lead.pk])
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string("leads/email/staff_notification.txt", {"lead": lead, "admin_url": admin_url})
        subject = render_subject("leads/email/staff_subject.txt", {"lead": lead})
    mail.send(subject, body, recipients)


# --- Data-subject tools ------------------------------------------------------------------


def email_hash(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()
