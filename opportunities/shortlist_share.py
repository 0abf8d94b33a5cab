"""The shortlist's dossier (PDF) and its signed, read-only share link.

A share link carries the shortlisted sites' translation keys, signed (django.core.signing) and dated:
whoever receives it (a site selector forwarding it to a board) sees those sites in their own
language and can download the same dossier, but changes nothing: the link names no session and the
shared view has no button that edits a list. It stops working after
OPPORTUNITIES_SHORTLIST_SHARE_MAX_AGE seconds (30 days); a changed link is refused.
"""

import base64

from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from home import rate_limits
from opportunities import shortlist
from opportunities.dossier import dossier_pdf, pdf_response
from opportunities.shortlist_views import too_many_changes

SALT = "opportunities.shortlist-share"


def max_age():
    return settings.OPPORTUNITIES_SHORTLIST_SHARE_MAX_AGE


def share_token(keys):
    """Signed and dated, then base64url-encoded: Wagtail serves page paths made of letters, digits, - and _ only."""
    signed = signing.dumps(list(keys), salt=SALT, compress=True)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def shared_keys(token):
    """The translation keys a link names; BadSignature when changed, SignatureExpired when too old."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as error:  # binascii.Error is a ValueError
        raise signing.BadSignature("not a shortlist link") from error
    keys = signing.loads(signed, salt=SALT, max_age=max_age())
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        raise signing.BadSignature("not a shortlist")
    return keys[: shortlist.MAX_SITES]


def share_url(request, page, keys):
    return page.get_url(request) + page.reverse_subpage("shortlist_shared", args=[share_token(keys)])


def sites_for(keys, locale):
    """The named sites still public, in this locale, in the shortlist's order."""
    found = {str(p.translation_key): p for p in shortlist.public_sites(locale).filter(translation_key__in=keys)}
    return [found[key] for key in keys if key in found]


def _too_many(request, page):
    """Printing is the costliest thing a visitor can ask for: counted per address like shortlist changes."""
    wait = rate_limits.over_limit(request, "opportunities:dossier", settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP)
    return too_many_changes(request, page, wait) if wait else None


@never_cache
def dossier(request, page):
    """The visitor's own shortlist as a PDF."""
    refusal = _too_many(request, page)
    if refusal:
        return refusal
    sites = shortlist.pages(request, Locale.get_active())
    return pdf_response(dossier_pdf(request, page, sites), "shortlist-dossier.pdf")


def _refused(request, page, error):
    expired = isinstance(error, signing.SignatureExpired)
    context = {"page": page, "expired": expired, "max_age_days": max_age() // 86400}
    return TemplateResponse(
        request, "opportunities/shortlist_link_refused.html", context, status=410 if expired else 404
    )


@never_cache
def shared(request, page, token):
    """What a shared link shows: the sites, read-only, and their dossier."""
    try:
        keys = shared_keys(token)
    except signing.BadSignature as error:  # SignatureExpired is one too
        return _refused(request, page, error)
    sites = sites_for(keys, Locale.get_active())
    context = {"page": page, "sites": sites, "token": token, "missing": len(keys) - len(sites)}
    response = TemplateResponse(request, "opportunities/shortlist_shared.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
def shared_dossier(request, page, token):
    try:
        keys = shared_keys(token)
    except signing.BadSignature as error:
        return _refused(request, page, error)
    refusal = _too_many(request, page)
    if refusal:
        return refusal
    sites = sites_for(keys, Locale.get_active())
    return pdf_response(dossier_pdf(request, page, sites, shared=True), "shortlist-dossier.pdf")
