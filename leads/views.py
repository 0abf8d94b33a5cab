"""Public views of the forms: the booklet gate, signed downloads and the contact form."""

import logging

from django.core import signing
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from home.privacy import privacy_url
from leads import services
from leads.forms import BookletForm, ContactForm, EnquiryForm
from leads.models import Download, Lead
from sectors.models import Booklet

logger = logging.getLogger(__name__)


def too_many_requests(request, page=None):
    return TemplateResponse(request, "leads/too_many_requests.html", {"page": page}, status=429)


@never_cache
def booklet_gate(request, page, booklet):
    """The booklet's online preview and, below it, the form that unlocks the PDF."""
    lead = services.session_lead(request)
    form = None
    if request.method == "POST":
        if services.ip_over_limit(request):
            return too_many_requests(request, page)
        if lead is not None and request.POST.get("returning") == "1":
            # Same browser session: no second form; the download is recorded against the same lead.
            return _issue_download(request, lead, booklet, page)
        form = BookletForm(request.POST)
        if form.is_valid():
            lead = services.accept(request, form, Lead.Kind.BOOKLET, page)
            if lead is None:
                return too_many_requests(request, page)
            return _issue_download(request, lead, booklet, page)
    elif lead is None:
        form = BookletForm(initial={"sector": page})
    context = {
        "page": page,
        "booklet": booklet,
        "form": form,
        "returning_lead": lead if form is None else None,
        "privacy_url": privacy_url(request),
    }
    return TemplateResponse(request, "leads/booklet_gate.html", context)


def booklet_unlocked(request, page, booklet):
    """Whether this browser's lead has asked for the booklet: then it may read it online too."""
    lead = services.session_lead(request)
    return lead is not None and Download.objects.filter(lead=lead, booklet=booklet).exists()


def _issue_download(request, lead, booklet, page):
    download = services.record_download(request, lead, booklet, page)
    services.send_booklet_email(request, download, page)
    logger.info("Booklet %s issued to lead %s", booklet.pk, lead.pk)
    return redirect("leads:booklet_ready", token=services.download_token(download))


def _check_token(request, token):
    """(download, None) for a valid link, (None, refusal response) otherwise."""
    try:
        payload = services.read_download_token(token)
    except signing.SignatureExpired:
        booklet = _booklet_from_expired(token)
        return None, _refusal(request, "expired", booklet, status=410)
    except signing.BadSignature:
        return None, _refusal(request, "invalid", None, status=403)
    download = (
        Download.objects.select_related("booklet", "booklet__sector")
        .filter(pk=payload.get("d"), lead_id=payload.get("l"), booklet_id=payload.get("b"))
        .first()
    )
    if download is None or download.booklet is None or not download.booklet.pdf:
        return None, _refusal(request, "invalid", None, status=403)
    return download, None


def _booklet_from_expired(token):
    """An expired link was genuine: its booklet is known, so the refusal can offer a new link."""
    try:
        payload = signing.TimestampSigner(salt=services.DOWNLOAD_SALT).unsign_object(token)
    except signing.BadSignature:
        return None
    return Booklet.objects.select_related("sector").filter(pk=payload.get("b")).first()


def _refusal(request, reason, booklet, status):
    retry_url = None
    if booklet is not None:
        retry_url = booklet.sector.localized.booklet_url(request)
    else:
        from sectors.models import SectorIndexPage

        index = SectorIndexPage.objects.live().public().filter(locale__language_code=request.LANGUAGE_CODE).first()
        retry_url = index.get_url(request) if index else "/"
    context = {"reason": reason, "booklet": booklet, "retry_url": retry_url}
    return TemplateResponse(request, "leads/link_refused.html", context, status=status)


@never_cache
@require_GET
def booklet_ready(request, token):
    """Thanks the visitor and starts the download (a meta refresh, no script), with a plain link too."""
    download, refusal = _check_token(request, token)
    if refusal:
        return refusal
    context = {
        "download": download,
        "booklet": download.booklet,
        "download_url": reverse("leads:booklet_download", kwargs={"token": token}),
        "page": download.booklet.sector,
        "read_url": download.booklet.sector.booklet_read_url(request),
    }
    return TemplateResponse(request, "leads/booklet_ready.html", context)


@never_cache
@require_GET
def booklet_download(request, token):
    """Streams the PDF from private storage, or hands over a presigned S3 address that expires."""
    download, refusal = _check_token(request, token)
    if refusal:
        return refusal
    Download.objects.filter(pk=download.pk).update(fetch_count=download.fetch_count + 1, last_fetched_at=timezone.now())
    booklet = download.booklet
    pdf = booklet.pdf  # the editor's designed PDF, else the one printed from the sector page
    storage = pdf.storage
    if getattr(storage, "querystring_auth", False):
        url = storage.url(
            pdf.name,
            parameters={"ResponseContentDisposition": f'attachment; filename="{booklet.filename}"'},
            expire=60,
        )
        return HttpResponseRedirect(url)
    response = FileResponse(
        pdf.open("rb"), as_attachment=True, filename=booklet.filename, content_type="application/pdf"
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
def contact_page(request, page):
    if request.GET.get("sent") == "1":
        return TemplateResponse(request, "leads/contact_page.html", {"page": page, "sent": True})
    if request.method == "POST":
        if services.ip_over_limit(request):
            return too_many_requests(request, page)
        form = ContactForm(request.POST)
        if form.is_valid():
            if services.accept(request, form, Lead.Kind.CONTACT, page) is None:
                return too_many_requests(request, page)
            return redirect(page.get_url(request) + "?sent=1")
    else:
        form = ContactForm()
    context = {"page": page, "form": form, "sent": False, "privacy_url": privacy_url(request)}
    return TemplateResponse(request, "leads/contact_page.html", context)


@never_cache
def opportunity_enquiry(request, page_id):
    """An enquiry about one opportunity: a lead tied to that page, then back to the page."""
    from opportunities.models import OpportunityPage

    if page_id >= 2**63:  # beyond any database's primary keys (SQLite raises OverflowError): no such page
        raise Http404
    page = get_object_or_404(
        OpportunityPage.objects.live().public().filter(owner_consent=True, locale=Locale.get_active()), pk=page_id
    )
    if request.method != "POST":
        return redirect(page.get_url(request))
    if services.ip_over_limit(request):
        return too_many_requests(request, page)
    form = EnquiryForm(request.POST)
    if form.is_valid():
        lead = services.accept(request, form, Lead.Kind.ENQUIRY, page)
        if lead is None:
            return too_many_requests(request, page)
        lead.opportunity = page
        lead.save(update_fields=["opportunity"])
        return redirect(page.get_url(request) + "?enquiry=sent#enquiry")
    context = {"page": page, "form": form, "privacy_url": privacy_url(request)}
    return TemplateResponse(request, "leads/enquiry_page.html", context)
