"""What happens when a form is accepted: the lead, its consents, downloads, links and e-mails."""

import hashlib
import logging

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from leads.models import CONSENT_TEXT_VERSION, ConsentRecord, Download, Lead

logger = logging.getLogger(__name__)

SESSION_LEAD = "leads.lead_id"
SESSION_CAMPAIGN = "leads.campaign"
UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
DOWNLOAD_SALT = "leads.booklet-download"


# --- Rate limits -------------------------------------------------------------------------


def client_ip(request):
    # Behind a proxy, the proxy must set REMOTE_ADDR (for example with a trusted-proxy middleware).
    return request.META.get("REMOTE_ADDR", "")


def over_limit(scope, value, limit, window=3600):
    """Counts one attempt for (scope, value) in the cache; True once the limit is passed."""
    key = f"leads:rate:{scope}:{hashlib.sha256(value.lower().encode()).hexdigest()}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def ip_over_limit(request):
    return over_limit("ip", client_ip(request), getattr(settings, "LEADS_RATE_LIMIT_PER_IP", 20))


def email_over_limit(email):
    return over_limit("email", email, getattr(settings, "LEADS_RATE_LIMIT_PER_EMAIL", 5))


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


@transaction.atomic
def save_lead(request, form, kind, page=None):
    """Creates (or, for the same visitor, updates) the lead of an accepted form. Returns (lead, created)."""
    data = form.cleaned_data
    lead = session_lead(request)
    if lead is not None and lead.email.lower() != data["email"].lower():
        lead = None
    if lead is None and kind == Lead.Kind.BOOKLET:
        lead = Lead.objects.filter(email__iexact=data["email"], kind=kind).order_by("-created_at").first()
    created = lead is None
    if created:
        lead = Lead(kind=kind)
    for field in ("name", "email", "company", "role", "company_size", "stage", "service", "description"):
        if field in data:
            setattr(lead, field, data[field])
    for field in ("timeline", "jobs_band", "capex_band"):
        if field in data:
            setattr(lead, field, data[field] or "")
    lead.country = _in_default_locale(data.get("country"))
    for field in ("sector", "business_function"):
        if data.get(field) is not None:
            setattr(lead, field, _in_default_locale(data[field]))
    lead.language = translation.get_language() or settings.LANGUAGE_CODE
    if page is not None:
        lead.source_url = request.build_absolute_uri(page.get_url(request))[:500]
    campaign = campaign_from(request)
    if campaign and created:
        lead.landing_url = campaign.get("landing_url", "")
        for field in UTM_FIELDS:
            setattr(lead, field, campaign.get(field, ""))
    lead.save()
    ConsentRecord.objects.bulk_create(
        [
            ConsentRecord(
                lead=lead, purpose=purpose, text=text[:500], text_version=CONSENT_TEXT_VERSION, language=lead.language
            )
            for purpose, text in form.consents()
        ]
    )
    request.session[SESSION_LEAD] = lead.pk
    return lead, created


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
            "link": request.build_absolute_uri(download_url(download, by_email=True)),
            "page_url": request.build_absolute_uri(page.get_url(request)),
            "hours": getattr(settings, "LEADS_EMAIL_LINK_MAX_AGE", 24 * 60 * 60) // 3600,
        }
        subject = render_to_string("leads/email/booklet_subject.txt", context).strip()
        body = render_to_string("leads/email/booklet_body.txt", context)
    send_mail(subject, body, None, [lead.email], fail_silently=True)


def notify_staff(lead):
    recipients = list(getattr(settings, "LEADS_NOTIFY_EMAILS", []))
    if not recipients:
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("lead_inbox:inspect", args=[lead.pk])
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string("leads/email/staff_notification.txt", {"lead": lead, "admin_url": admin_url})
        subject = render_to_string("leads/email/staff_subject.txt", {"lead": lead}).strip()
    send_mail(subject, body, None, recipients, fail_silently=True)


# --- Data-subject tools ------------------------------------------------------------------


def email_hash(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()
