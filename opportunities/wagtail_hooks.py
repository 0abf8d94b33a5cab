from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from opportunities import admin_views, freshness, home_entry, sector_sites, territory_sites
from opportunities.models import OpportunityPage


@hooks.register("register_admin_urls")
def register_stale_sites_url():
    return [path("opportunities/stale/", admin_views.stale_view, name="opportunities_stale")]


@hooks.register("register_reports_menu_item")
def register_stale_sites_menu_item():
    return MenuItem(_("Sites to reconfirm"), reverse("opportunities_stale"), icon_name="warning", order=800)


class StaleSitesPanel(Component):
    """A notice on the admin dashboard while some live sites have not been reconfirmed for a year."""

    name = "stale_opportunities"
    template_name = "opportunities/admin/stale_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        stale = freshness.stale(timezone.localdate()).filter(live=True)
        return {"count": stale.count(), "url": reverse("opportunities_stale")}


@hooks.register("construct_homepage_panels")
def add_stale_sites_panel(request, panels):
    panels.append(StaleSitesPanel())


# A territory card (territories/models.py) lists the available sites on it, with their map.
hooks.register("territory_card_context", territory_sites.territory_card_context)
# A sector page (sectors/models.py) lists the sites whose permitted uses fit its business functions.
hooks.register("sector_page_context", sector_sites.sector_page_context)
hooks.register("home_page_entries", home_entry.find_a_site)


@hooks.register("sector_booklet_content")
def sector_booklet_sites():
    # The sites a sector's booklet lists, as its page does: one changing prints the booklet again.
    return OpportunityPage, sector_sites.shown_for
