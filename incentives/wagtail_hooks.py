"""Incentives in the admin, and on the pages below this app: territory cards and sector pages.

Territories and sectors sit below incentives, so they ask for them through hooks
(`territory_card_context`, `sector_page_context`) instead of importing this app.
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from incentives import matching
from incentives.models import Incentive


class IncentiveViewSet(SnippetViewSet):
    model = Incentive
    icon = "tag"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "provider", "instrument", "closes_on", "last_checked"]
    list_filter = ["provider", "instrument"]
    search_fields = ["name", "summary"]


register_snippet(IncentiveViewSet)


@hooks.register("territory_card_context")
def territory_incentives(territory, request):
    return {
        "applicable_incentives": matching.for_territory(territory.indicator_code, territory.locale_id),
        "incentive_finder": matching.finder(territory.locale_id),
    }


@hooks.register("sector_booklet_content")
def sector_booklet_incentives():
    # The incentives a sector's booklet lists, as its page does: one changing prints the booklet again.
    return Incentive, matching.for_sector


@hooks.register("sector_page_context")
def sector_incentives(sector, request):
    return {
        "applicable_incentives": matching.for_sector(sector),
        "incentive_finder": matching.finder(sector.locale_id),
    }
