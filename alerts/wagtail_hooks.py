from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from alerts import demand

PERMISSION = "alerts.view_savedsearch"


def demand_view(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    context = {"page_title": _("What investors look for"), "header_icon": "search", **demand.signals()}
    return TemplateResponse(request, "alerts/admin/demand.html", context)


@hooks.register("register_admin_urls")
def register_demand_urls():
    return [path("demand-signals/", demand_view, name="alerts_demand")]


class DemandMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_demand_menu_item():
    return DemandMenuItem(_("What investors look for"), reverse("alerts_demand"), icon_name="search", order=950)
