from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query

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
