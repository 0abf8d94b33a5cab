"""The available sites a sector page lists: those whose permitted uses fit the business functions it targets.

Sectors sit below opportunities, so the sector page asks for them through the `sector_page_context`
hook (registered in opportunities/wagtail_hooks.py). A site an editor linked to the sector is listed
too, whatever its uses.
"""

from django.db.models import Q

from home.landmarks import landmark
from opportunities.choices import PermittedUse
from opportunities.fields import contains
from opportunities.models import OpportunityIndexPage, OpportunityPage

# Business function keys (data/lombardy-facts.yaml activities) and the permitted uses that host them.
USES_BY_FUNCTION = {
    "manufacturing": [PermittedUse.INDUSTRIAL],
    "recycling": [PermittedUse.INDUSTRIAL],
    "logistics": [PermittedUse.LOGISTICS],
    "rnd": [PermittedUse.RESEARCH],
    "datacenter": [PermittedUse.DATACENTRE],
    "hq": [PermittedUse.OFFICES],
    "business_services": [PermittedUse.OFFICES],
    "back_office": [PermittedUse.OFFICES],
    "sales_marketing": [PermittedUse.OFFICES, PermittedUse.COMMERCIAL],
}
SHOWN = 6


def fitting_uses(sector):
    return sorted(
        {use for function in sector.business_functions.all() for use in USES_BY_FUNCTION.get(function.key, [])}
    )


def sites_for(sector):
    uses = fitting_uses(sector)
    fits = Q(sectors__translation_key=sector.translation_key)
    for use in uses:
        fits |= Q(permitted_uses__contains=contains(use))
    sites = (
        OpportunityPage.objects.live()
        .public()
        .filter(fits, locale_id=sector.locale_id, owner_consent=True)
        .distinct()
        .order_by("-last_verified", "title")
    )
    return uses, sites


def shown_for(sector):
    """The sites the sector page and its booklet list (sectors reprints the booklet when one changes)."""
    return list(sites_for(sector)[1][:SHOWN])


def sector_page_context(sector, request):
    uses, sites = sites_for(sector)
    shown = list(sites[: SHOWN + 1])
    context = {"sector_sites": shown[:SHOWN], "sector_sites_more": len(shown) > SHOWN, "sector_site_uses": uses}
    if shown:
        catalogue = landmark(OpportunityIndexPage, sector.locale_id)
        context["sector_catalogue"] = catalogue
        context["sector_catalogue_query"] = "&".join(f"permitted_uses={use}" for use in uses)
    return context
