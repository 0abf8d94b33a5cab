"""Sector booklets printed from their sector page, in the page's language.

The booklet is the page's own content (value proposition, figures with their sources, sub-sectors,
ecosystem, success stories, incentives, fitting sites, contacts) through one print template, so it is
never a second text that drifts from the site. The worker prints it each time the page is published
(sectors.tasks), and each time a story, site or incentive it shows changes (sectors.signals); visitors
read the same content online at the page's `booklet/read/` and download the PDF, or the designed PDF
an editor uploaded instead (Booklet.pdf).

The apps above sectors say what of theirs a booklet shows through the `sector_booklet_content` hook:
each returns (model, shown_for), where shown_for(sector) is the very query the sector page and its
print list (the stories tag, the fitting sites, the incentives that apply).
"""

import uuid
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.core.handlers.wsgi import WSGIRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail import hooks

from home.pdf import laid_out
from sectors.models import Booklet, SectorPage

PRINT_TEMPLATE = "sectors/booklet/print.html"
READ_TEMPLATE = "sectors/booklet/read.html"
# The print's sections are its <h2> headings (the cover's title is the only <h1>).
SECTION_LEVEL = 2
# A reprint asked for longer ago than this is taken as lost (a worker that died) and queued again.
REPRINT_LOST_AFTER = timedelta(hours=1)


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


def content_sources():
    """(model, shown_for) of every app whose records a booklet shows."""
    return [source() for source in hooks.get_hooks("sector_booklet_content")]


def content_key(model, pk):
    return f"{model._meta.label_lower}:{pk}"


def shown_in(page):
    """The keys of the stories, sites and incentives the page's booklet shows now."""
    return sorted({content_key(model, item.pk) for model, shown_for in content_sources() for item in shown_for(page)})


def sections(document):
    """The laid-out booklet's sections with the page each starts on, from its own headings."""
    return [
        {"title": label, "page": number}
        for number, laid_page in enumerate(document.pages, start=1)
        for level, label, _point, _state in laid_page.bookmarks
        if level == SECTION_LEVEL
    ]


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
    booklet.generated_size = len(pdf)
    booklet.generated_sections = sections(document)
    booklet.generated_shows = shown_in(page)
    booklet.generated_at = timezone.now()
    booklet.save(
        update_fields=[
            *("generated_file", "generated_pages", "generated_size", "generated_sections", "generated_shows"),
            *("generated_at", "updated_at"),
        ]
    )
    if old:
        booklet.generated_file.storage.delete(old)
    return booklet


def affected_sectors(model, pk, locale_id, shown_for):
    """The sector pages whose booklet showed the record when printed, or would show it now.

    Both, because a story moved from sector X to Y changes X's booklet (it leaves) and Y's (it comes)."""
    key = content_key(model, pk)
    booklets = Booklet.objects.filter(locale_id=locale_id).exclude(generated_file="")
    printed = {sector_id for sector_id, shows in booklets.values_list("sector_id", "generated_shows") if key in shows}
    now = {
        sector.pk
        for sector in SectorPage.objects.live().filter(
            locale_id=locale_id, alias_of__isnull=True, pk__in=booklets.values("sector_id")
        )
        if any(item.pk == pk for item in shown_for(sector))
    }
    return printed | now


def request_reprints(sector_ids):
    """Marks the sectors' booklets for printing again; returns the sectors not already waiting for it.

    The caller queues a print for those only: ten stories published in a row queue one print per booklet."""
    now = timezone.now()
    queue = []
    for sector_id in sorted(sector_ids):
        waiting = Booklet.objects.filter(sector_id=sector_id, reprint_requested_at__gt=now - REPRINT_LOST_AFTER)
        if not waiting.exists():
            queue.append(sector_id)
        Booklet.objects.filter(sector_id=sector_id).update(reprint_requested_at=now)
    return queue


def regenerate(page_id):
    """The worker's job: prints the live page when it was published after its booklet, or when a
    reprint was asked for (something the booklet shows changed); otherwise leaves the print as it is."""
    page = SectorPage.objects.live().filter(pk=page_id, alias_of__isnull=True).first()
    if page is None:  # unpublished since: its booklet is printed again when it is published
        Booklet.objects.filter(sector_id=page_id).update(reprint_requested_at=None)
        return None
    booklet = Booklet.objects.filter(sector=page).order_by("-updated_at").first()
    requested = booklet.reprint_requested_at if booklet is not None else None
    fresh = booklet is not None and booklet.generated_file and booklet.generated_at
    if fresh and requested is None and page.last_published_at and booklet.generated_at >= page.last_published_at:
        return booklet
    try:
        booklet = generate(page)
    finally:
        # Answered, or failed (the next change asks again); a request made while printing stays and is queued.
        if requested is not None:
            Booklet.objects.filter(sector=page, reprint_requested_at=requested).update(reprint_requested_at=None)
    return booklet


def reprint_waiting(page_id):
    return Booklet.objects.filter(sector_id=page_id, reprint_requested_at__isnull=False).exists()
