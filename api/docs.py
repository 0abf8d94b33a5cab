"""The API's documentation page, in the visitor's language, with examples built on this site's address."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse

from api.catalogue_endpoint import DEFAULT_PAGE_SIZE
from home.i18n import active_language
from opportunities.catalogue_query import MAX_PAGE_SIZE


def api_documentation(request):
    base = request.build_absolute_uri("/").rstrip("/")
    language = active_language()
    context = {
        "base": base,
        "language": language,
        "openapi_url": base + reverse("api:openapi"),
        "catalogue_url": base + reverse("api:catalogue"),
        "metadata_url": base + reverse("api:open_data_metadata"),
        "feed_url": base + reverse("api:sites_feed"),
        "contact_url": base + reverse("api:lead_contact"),
        "cache_seconds": settings.API_CACHE_MAX_AGE,
        "default_page_size": DEFAULT_PAGE_SIZE,
        "max_page_size": MAX_PAGE_SIZE,
        "limit_max": getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20),
        "per_ip": settings.LEADS_RATE_LIMIT_PER_IP,
        "per_email": settings.LEADS_RATE_LIMIT_PER_EMAIL,
        "min_seconds": settings.LEADS_FORM_MIN_SECONDS,
        "link_minutes": settings.LEADS_DOWNLOAD_LINK_MAX_AGE // 60,
        "other_languages": [code for code, _name in settings.LANGUAGES if code != language],
    }
    return TemplateResponse(request, "api/documentation.html", context)
