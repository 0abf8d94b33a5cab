"""Sector booklets printed from their sector page, in the page's language.

The booklet is the page's own content (value proposition, figures with their sources, sub-sectors,
ecosystem, success stories, incentives, fitting sites, contacts) through one print template, so it is
never a second text that drifts from the site. The worker prints it each time the page is published
(sectors.tasks); visitors read the same content online at the page's `booklet/read/` and download
the PDF, or the designed PDF an editor uploaded instead (Booklet.pdf).
"""

import uuid

from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.core.handlers.wsgi import WSGIRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify

from home.pdf import laid_out
from sectors.models import Booklet, SectorPage

PRINT_TEMPLATE = "sectors/booklet/print.html"
READ_TEMPLATE = "sectors/booklet/read.html"


def booklet_for(page):
    """The page's booklet, made on first need with the page's own title and headline.

    An editor can retitle it or add a designed PDF in the admin (Sectors → Booklets); a translation
    shares its translation key with the original's booklet, so the booklets are translations too."""
    booklet = Booklet.objects.filter(sector=page).order_by("-updated_at").first()
    if booklet is not None:
        return booklet
    original = Booklet.objects.filter(sector__translation_key=page.translation_key).order_by("pk").first()
    booklet = Booklet(
        sector=page,
        locale_id=page.locale_id,
        title=page.title,
        subtitle=page.headline,
        description=page.summary,
        translation_key=original.translation_key if original else uuid.uuid4(),
    )
    booklet.save()
    page._booklet = booklet
    return booklet


def context(page, request, booklet):
    """What the print and the online reading show: the page's own context, as its template gets it."""
    return {**page.get_context(request), "booklet": booklet, "printed_at": timezone.now()}


def worker_request(page):
    """A request for the page on its own site, as Wagtail's previews build one, for printing outside a request."""
    request = WSGIRequest(page._get_dummy_headers())
    request.is_dummy = True
    request.user = AnonymousUser()
    request.session = {}
    return request


def print_html(page, booklet, request=None):
    request = request or worker_request(page)
    with translation.override(page.locale.language_code):
        return render_to_string(PRINT_TEMPLATE, context(page, request, booklet), request=request)


def generate(page):
    """Prints the page's booklet in the page's language and stores it; returns the booklet."""
    page = page.specific
    booklet = booklet_for(page)
    document = laid_out(print_html(page, booklet))
    pdf = document.write_pdf()
    old = booklet.generated_file.name if booklet.generated_file else ""
    slug = slugify(booklet.title)[:80] or page.slug
    booklet.generated_file.save(f"{slug}.pdf", ContentFile(pdf), save=False)
    booklet.generated_pages = len(document.pages)
    booklet.generated_at = timezone.now()
    booklet.save(update_fields=["generated_file", "generated_pages", "generated_at", "updated_at"])
    if old:
        booklet.generated_file.storage.delete(old)
    return booklet


def regenerate(page_id):
    """The worker's job on publish: prints the live page unless its booklet is already newer than it."""
    page = SectorPage.objects.live().filter(pk=page_id, alias_of__isnull=True).first()
    if page is None:
        return None
    booklet = Booklet.objects.filter(sector=page).order_by("-updated_at").first()
    fresh = booklet is not None and booklet.generated_file and booklet.generated_at
    if fresh and page.last_published_at and booklet.generated_at >= page.last_published_at:
        return booklet
    return generate(page)
