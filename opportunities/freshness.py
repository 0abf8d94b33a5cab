"""Keeping the catalogue current: owners reconfirm their sites, stale sites are flagged, then hidden.

Sites are handled by translation group (facts are synchronised, so every language moves together):
after OPPORTUNITIES_RECONFIRM_AFTER_DAYS without verification the owner receives a signed link; after
OPPORTUNITIES_STALE_AFTER_DAYS staff see the site in the admin; OPPORTUNITIES_HIDE_AFTER_GRACE_DAYS
later it is unpublished, which takes it out of every search engine, the API and the sitemap.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from home.emails import render_subject
from home.public_urls import absolute_url
from jobs import mail
from opportunities.models import OpportunityPage

logger = logging.getLogger(__name__)

RECONFIRM_SALT = "opportunities.reconfirm"


def _days(name):
    return datetime.timedelta(days=getattr(settings, name))


def source_sites():
    """One live page per translation group: the one in the default language."""
    return OpportunityPage.objects.live().filter(locale=Locale.get_default())


def due_for_reminder(today):
    """Not verified for six months and not asked since the last verification."""
    return (
        source_sites()
        .filter(last_verified__lte=today - _days("OPPORTUNITIES_RECONFIRM_AFTER_DAYS"))
        .exclude(reconfirmation_requested_at__gt=F("last_verified"))
    )


def stale(today):
    """Sites staff must look at: not reconfirmed for a year (still live, or already hidden)."""
    return (
        OpportunityPage.objects.filter(locale=Locale.get_default())
        .filter(last_verified__lte=today - _days("OPPORTUNITIES_STALE_AFTER_DAYS"))
        .order_by("last_verified")
    )


def due_for_hiding(today):
    limit = today - _days("OPPORTUNITIES_STALE_AFTER_DAYS") - _days("OPPORTUNITIES_HIDE_AFTER_GRACE_DAYS")
    return source_sites().filter(last_verified__lte=limit)


def owner_email(page):
    if page.contact_email:
        return page.contact_email
    submission = page.submissions.exclude(proponent_email="").first()
    return submission.proponent_email if submission else ""


def reconfirm_token(page):
    return signing.dumps({"k": str(page.translation_key), "v": page.last_verified.isoformat()}, salt=RECONFIRM_SALT)


def read_reconfirm_token(token):
    """The source page of a valid link, or None (tampered, expired, or already used)."""
    max_age = getattr(settings, "OPPORTUNITIES_RECONFIRM_LINK_MAX_AGE", 60 * 24 * 3600)
    try:
        payload = signing.loads(token, salt=RECONFIRM_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    page = OpportunityPage.objects.filter(translation_key=payload.get("k"), locale=Locale.get_default()).first()
    if page is None or page.last_verified.isoformat() != payload.get("v"):
        return None  # verified again since the link was sent: the link has done its job
    return page


def reconfirm(page, today=None):
    """Every translation of the site is verified today; the live revision keeps the same date."""
    today = today or timezone.localdate()
    group = OpportunityPage.objects.filter(translation_key=page.translation_key)
    group.update(last_verified=today, reconfirmation_requested_at=None)
    for translated in group:
        revision = translated.live_revision or translated.latest_revision
        if revision is not None:
            content = dict(revision.content, last_verified=today.isoformat(), reconfirmation_requested_at=None)
            type(revision).objects.filter(pk=revision.pk).update(content=content)


def send_reminder(page, today):
    email = owner_email(page)
    if not email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("owners:reconfirm", kwargs={"token": reconfirm_token(page)})
    # The owner's links on the public address (home/public_urls.py), as the page's full URL is.
    context = {"page": page, "link": absolute_url(path), "page_url": page.full_url}
    # Bilingual: the owner's language is not known for sites staff entered themselves.
    bodies = []
    for language in ("it", "en"):
        with translation.override(language):
            bodies.append(render_to_string("opportunities/email/reconfirm_body.txt", context))
            if language == "it":
                subject = render_subject("opportunities/email/reconfirm_subject.txt", context)
    mail.send(subject, "\n----------\n\n".join(bodies), [email])
    OpportunityPage.objects.filter(translation_key=page.translation_key).update(reconfirmation_requested_at=today)
    return True


def run(today=None):
    """What the scheduled command does; returns (reminded, stale, hidden) counts."""
    today = today or timezone.localdate()
    reminded = sum(send_reminder(page, today) for page in due_for_reminder(today))
    hidden = 0
    for page in due_for_hiding(today):
        for translated in OpportunityPage.objects.live().filter(translation_key=page.translation_key):
            translated.unpublish()
        hidden += 1
        logger.info("Opportunity %s hidden: not reconfirmed since %s", page.pk, page.last_verified)
    return reminded, stale(today).filter(live=True).count(), hidden
