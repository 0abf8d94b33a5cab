"""The available sites a territory card lists, with their map and the catalogue link.

Territories sit below opportunities, so the card asks for them through the `territory_card_context`
hook (registered in opportunities/wagtail_hooks.py) instead of importing this app.
"""

from django.db.models import Q

from home.landmarks import landmark
from opportunities.models import OpportunityIndexPage, OpportunityPage


def sites_on(territory):
    """Live sites whose owner consented to publication, located on the territory, in the page's language."""
    if territory.kind == territory.Kind.ZLS:
        located = Q(in_zls=True)
    elif territory.kind == territory.Kind.ZIS:
        located = Q(in_zis=True)
    elif territory.province_code:
        located = Q(province=territory.province_code)
    else:
        return OpportunityPage.objects.none()
    return (
        OpportunityPage.objects.live()
        .public()
        .filter(located, locale_id=territory.locale_id, owner_consent=True)
        .order_by("municipality", "title")
    )


def site_map(sites, request=None):
    """The sites with coordinates as a FeatureCollection, the same sites the list shows."""
    return {
        "type": "FeatureCollection",
        "features": [
            site.geojson_feature(site.get_url(request))
            for site in sites
            if site.latitude is not None and site.longitude is not None
        ],
    }


def territory_card_context(territory, request):
    sites = list(sites_on(territory))
    context = {"opportunities": sites, "opportunity_features": site_map(sites, request)}
    if sites:
        context["catalogue"] = landmark(OpportunityIndexPage, territory.locale_id)
    return context
