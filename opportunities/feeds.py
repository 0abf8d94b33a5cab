"""The national-mapping feed: every published site of a catalogue, oldest change first, in pages.

A stable JSON format (docs/open-data.md, "The feed"): a harvester reads from the first page and
follows `next` to the end; the last item's cursor lets it come back later for the changes since.
Pages are chained by a cursor (the last item's change time and id), not numbers, so a site changed
while a harvester reads moves to the end instead of shifting every later page. Conditional GET
(ETag, Last-Modified) answers an unchanged feed with 304.
"""

import hashlib
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Max, Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import condition

from home.translation_state import translated_only
from opportunities.models import OpportunityPage, ReadinessSettings
from opportunities.opendata import (
    FEED_URL_NAME,
    LICENCE_URL,
    METADATA_URL_NAME,
    SCHEMA_VERSION,
    absolute,
    catalogue_page,
    istat_code,
    requested_language,
)
from opportunities.readiness import MAX_LEVEL

FORMAT = "invest-in-lombardy/sites-feed"
PAGE_SIZE = 100


class BadCursor(ValueError):
    pass


def published_sites(index_page):
    """What the catalogue shows: live, public sites with the owner's consent, under this catalogue page.

    Untranslated copies (synchronised aliases of a site in another language) are not sites of their own.
    A live page without a publication time was never published through Wagtail (every publication and
    import sets it); it has no "last change" to page by, so it waits for its first real publication.
    """
    return translated_only(
        OpportunityPage.objects.live()
        .public()
        .filter(owner_consent=True, url_path__startswith=index_page.url_path, last_published_at__isnull=False)
    )


def parse_cursor(text):
    """`<ISO time>_<id>` -> (time, id); BadCursor for anything else."""
    stamp, _sep, pk = (text or "").rpartition("_")
    try:
        moment = datetime.fromisoformat(stamp)
        return moment, int(pk)
    except ValueError:
        raise BadCursor(text) from None


def cursor_of(site):
    return f"{site.last_published_at.isoformat()}_{site.pk}"


def _state(request, index_page):
    """(latest change, count) of the catalogue: the validators of conditional GET, one query per request."""
    cached = getattr(request, "_feed_state", None)
    if cached is None:
        cached = published_sites(index_page).aggregate(latest=Max("last_published_at"), count=Count("pk"))
        request._feed_state = cached
    return cached


def _etag(request, index_page):
    state = _state(request, index_page)
    key = f"{SCHEMA_VERSION}|{state['latest']}|{state['count']}|{request.GET.urlencode()}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _last_modified(request, index_page):
    return _state(request, index_page)["latest"]


def level_names_by_language(request):
    """{language: {level: name}}: the feed names each level in every language, whoever reads it."""
    setting = ReadinessSettings.for_request(request)
    return {
        code: {level: setting.name(level, code) for level in range(MAX_LEVEL + 1)} for code, _name in settings.LANGUAGES
    }


def status(site, today):
    return "available" if site.available_from is None or site.available_from <= today else "upcoming"


def item(request, site, translations, names, today):
    versions = {site.locale.language_code: site, **translations.get(site.translation_key, {})}
    return {
        "id": str(site.translation_key),
        "page_id": site.pk,
        "url": request.build_absolute_uri(site.get_url(request)),
        "title": {code: page.title for code, page in sorted(versions.items())},
        "urls": {code: request.build_absolute_uri(page.get_url(request)) for code, page in sorted(versions.items())},
        "municipality": site.municipality,
        "istat_code": istat_code(site) or None,
        "province": site.province,
        "latitude": site.latitude,
        "longitude": site.longitude,
        "kind": site.kind,
        "category": site.category,
        "site_area_m2": site.site_area_m2,
        "covered_area_m2": site.covered_area_m2,
        "status": status(site, today),
        "available_from": site.available_from.isoformat() if site.available_from else None,
        "tenure": site.tenure,
        "readiness_level": site.readiness_level,
        "readiness": {code: level_names[site.readiness_level] for code, level_names in names.items()},
        "last_verified": site.last_verified.isoformat(),
        "last_modified": site.last_published_at.isoformat(),
    }


def translations_of(sites):
    """{translation_key: {language: live page}} of the other languages' versions, in one query."""
    keys = {site.translation_key for site in sites}
    found = {}
    others = (
        translated_only(OpportunityPage.objects.live().public().filter(translation_key__in=keys, owner_consent=True))
        .exclude(pk__in=[site.pk for site in sites])
        .select_related("locale")
        .only("title", "url_path", "translation_key", "locale__language_code")
    )
    for page in others:
        found.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return found


def feed_body(request, index_page, language):
    first = absolute(request, FEED_URL_NAME, language)
    joiner = "&" if "?" in first else "?"
    sites = published_sites(index_page).select_related("locale").order_by("last_published_at", "pk")
    after = request.GET.get("after")
    if after:
        moment, pk = parse_cursor(after)
        sites = sites.filter(Q(last_published_at__gt=moment) | Q(last_published_at=moment, pk__gt=pk))
    page = list(sites[: PAGE_SIZE + 1])
    has_next = len(page) > PAGE_SIZE
    page = page[:PAGE_SIZE]
    names = level_names_by_language(request)
    translations = translations_of(page)
    state = _state(request, index_page)
    return {
        "format": FORMAT,
        "version": SCHEMA_VERSION,
        "licence": LICENCE_URL,
        "metadata": absolute(request, METADATA_URL_NAME, language),
        "total": state["count"],
        "links": {
            "first": first,
            "self": request.build_absolute_uri(),
            # Encoded: the cursor's time zone ("+00:00") would otherwise come back as a space.
            "next": f"{first}{joiner}{urlencode({'after': cursor_of(page[-1])})}" if has_next else None,
        },
        "cursor": cursor_of(page[-1]) if page else after,
        "items": [item(request, site, translations, names, timezone.localdate()) for site in page],
    }


def feed(request):
    """/api/v2/catalogue/feed.json: the sites of the catalogue in ?locale= (default: the site's language)."""
    language = requested_language(request)
    index_page = catalogue_page(language)
    if index_page is None:
        return JsonResponse({"error": _("There is no published catalogue in this language.")}, status=404)

    @condition(
        etag_func=lambda request: _etag(request, index_page),
        last_modified_func=lambda request: _last_modified(request, index_page),
    )
    def view(request):
        try:
            body = feed_body(request, index_page, language)
        except BadCursor:
            return JsonResponse(
                {"error": _("This feed address is not valid: start again from the first page.")}, status=400
            )
        response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
        response["Link"] = f'<{body["metadata"]}>; rel="describedby"; type="application/ld+json"'
        return response

    return view(request)
