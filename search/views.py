from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from wagtail.contrib.search_promotions.models import Query

from home.i18n import active_language
from search.autocomplete import suggest
from search.indexing import enabled as catalogue_on_elasticsearch
from search.site_search import search_site


def site_search(request):
    result = search_site(request.GET.get("q", ""), request.GET.get("type", ""), request.GET.get("page", 1))
    promotions = []
    if result.query:
        # Logged for editors (Reports > Search terms) and matched to their promoted results.
        logged = Query.get(result.query)
        logged.add_hit()
        promotions = [p for p in logged.editors_picks.select_related("page") if p.page is None or p.page.live]
    return TemplateResponse(
        request,
        "search/site_search.html",
        {"search": result, "promotions": promotions, "selected_type": request.GET.get("type", "")},
    )


@cache_control(max_age=60, public=True)
def autocomplete(request):
    """JSON suggestions (pages, place names, site titles) in the language of the URL (/en/, /it/)."""
    language = active_language()
    suggestions, degraded = suggest(request.GET.get("q", ""), language, use_elasticsearch=catalogue_on_elasticsearch())
    return JsonResponse({"language": language, "suggestions": suggestions, "degraded": degraded})
