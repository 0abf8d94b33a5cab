"""Webhooks in the admin: endpoints (administrators only: no shipped group holds their permissions) and the
delivery log, which the Investment desk reads (webhooks/migrations/0002_desk_reads_deliveries.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from webhooks.forms import EndpointForm
from webhooks.models import Delivery, Endpoint


class EndpointViewSet(ModelViewSet):
    model = Endpoint
    name = "webhooks_endpoint"
    url_prefix = "webhooks/endpoints"
    icon = "link"
    menu_label = _("Endpoints")
    list_display = ["name", "url", Column("events_display", label=pgettext_lazy("webhook", "Events")), "active"]

    def get_form_class(self, for_update=False):
        return EndpointForm


class ReadOnly(ModelPermissionPolicy):
    """Deliveries are made by the site: staff read them, nobody writes or deletes one by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    permission_policy = ReadOnly(Delivery)
    name = "webhooks_delivery"
    url_prefix = "webhooks/deliveries"
    icon = "list-ul"
    menu_label = _("Delivery log")
    inspect_view_enabled = True
    list_filter = ["status", "event", "endpoint"]
    list_display = [
        Column("event", label=pgettext_lazy("webhook", "Event"), accessor="get_event_display"),
        Column("endpoint", label=_("Endpoint")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        "attempts",
        "last_status_code",
        Column("last_error", label=_("Last error")),
        DateColumn("next_attempt_at", label=_("Next attempt")),
        DateColumn("created_at", label=_("Created")),
    ]
    inspect_view_fields = [
        "event",
        "event_id",
        "endpoint",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "next_attempt_at",
        "delivered_at",
        "body",
    ]
    form_fields = []

    def get_queryset(self, request):
        return Delivery.objects.select_related("endpoint")


class WebhooksViewSetGroup(ViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link"
    menu_order = 254
    items = (DeliveryViewSet, EndpointViewSet)


@hooks.register("register_admin_viewset")
def register_webhooks():
    return WebhooksViewSetGroup()
