"""The leads inbox in the Wagtail admin, and campaign capture on every page."""

import django_filters
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from home.privacy import privacy_url
from home.spreadsheets import neutralise_formula
from leads import admin_views, history, services, views
from leads.forms import ContactForm
from leads.models import PERSON_FIELDS, PROJECT_FIELDS, Lead
from sectors.models import BusinessFunction, Country, SectorPage


class LeadFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)
    sector = django_filters.ModelChoiceFilter(
        queryset=lambda request: SectorPage.objects.filter(locale__language_code="en").order_by("title"),
        label=_("Sector"),
    )
    country = django_filters.ModelChoiceFilter(
        queryset=lambda request: Country.objects.filter(locale__language_code="en").order_by("name"),
        label=_("Country"),
    )
    business_function = django_filters.ModelChoiceFilter(
        queryset=lambda request: BusinessFunction.objects.filter(locale__language_code="en"),
        label=_("Business function"),
    )
    utm_campaign = django_filters.CharFilter(lookup_expr="icontains", label=_("Campaign"))

    class Meta:
        model = Lead
        fields = ["kind", "status", "language", "sector", "country", "business_function", "created_at", "utm_campaign"]


class LeadIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("sector", "country", "business_function", "assignee")

    def preprocess_field_value(self, field, value, export_format):
        """Text typed by visitors never becomes a spreadsheet formula (CSV injection)."""
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))


class LeadInspectView(InspectView):
    template_name = "leads/admin/lead_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["consents"] = self.object.consents.all()
        context["downloads"] = self.object.downloads.select_related("booklet")
        context["submissions"] = self.object.submissions.select_related("country", "page")
        context["differences"] = admin_views.differences(self.object)
        # Apps above leads (the desk) add their sections about this lead: each hook returns HTML.
        context["extra_sections"] = [
            section(self.request, self.object) for section in hooks.get_hooks("lead_inspect_sections")
        ]
        return context


class LeadPermissionPolicy(ModelPermissionPolicy):
    """Leads come from the public forms only: staff work them, they do not create or copy them."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class LeadViewSet(ModelViewSet):
    model = Lead
    name = "lead_inbox"
    url_prefix = "leads"
    icon = "mail"
    menu_label = _("Leads")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = LeadIndexView
    edit_view_class = history.LeadEditView
    inspect_view_class = LeadInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    permission_policy = LeadPermissionPolicy(Lead)
    filterset_class = LeadFilterSet
    search_fields = ["name", "email", "company", "notes", "utm_campaign"]
    search_backend_name = None
    list_display = [
        "name",
        "company",
        Column("kind", label=_("Form"), accessor="get_kind_display"),
        Column("sector", label=_("Sector")),
        Column("country", label=_("Country")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        "language",
        DateColumn("created_at", label=_("Received")),
    ]
    list_per_page = 50
    list_export = [
        "created_at",
        "kind",
        "status",
        *PERSON_FIELDS,
        *PROJECT_FIELDS,
        "language",
        "source_url",
        "opportunity",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "assignee",
    ]
    export_filename = "leads"
    form_fields = ["status", "assignee", "notes"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = desk_members()
        return super().formfield_for_dbfield(db_field, **kwargs)

    inspect_view_fields = [
        "kind",
        "status",
        "assignee",
        *PERSON_FIELDS,
        *PROJECT_FIELDS,
        "description",
        "language",
        "source_url",
        "opportunity",
        "shortlisted_sites",
        "landing_url",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "notes",
        "created_at",
        "updated_at",
    ]


def desk_members():
    """Who may be assigned a lead: active members of the desk's group, not every user (editors included)."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=settings.LEADS_ASSIGNEE_GROUP)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@hooks.register("register_admin_viewset")
def register_lead_viewset():
    return LeadViewSet()


@hooks.register("register_admin_urls")
def register_privacy_tools_url():
    return [
        path("leads-privacy/", admin_views.privacy_tools, name="leads_privacy"),
        path("leads-dashboard/", admin_views.dashboard, name="leads_dashboard"),
        path(
            "leads-adopt/<int:lead_id>/<int:submission_id>/<str:field>/",
            admin_views.adopt_value,
            name="leads_adopt_value",
        ),
    ]


class PrivacyToolsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_privacy_tools_menu_item():
    return PrivacyToolsMenuItem(_("Privacy tools"), reverse_lazy("leads_privacy"), icon_name="lock", order=251)


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("leads.view_lead")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(_("Leads dashboard"), reverse_lazy("leads_dashboard"), icon_name="table", order=249)


@hooks.register("before_serve_page")
def capture_campaign(page, request, serve_args, serve_kwargs):
    """A visitor landing from a campaign link keeps its UTM parameters for the forms they fill in."""
    services.remember_campaign(request)


@hooks.register("contact_form_context")
def contact_form_context(request):
    """The form and privacy link of the core's contact-form block: the request it sends is a lead."""
    return {"form": ContactForm(), "privacy_url": privacy_url(request)}


@hooks.register("register_log_actions")
def register_lead_log_actions(actions):
    actions.register_action("leads.change")(history.ChangeFormatter)


# A sector page's booklet/ route (sectors/models.py) serves this view: the download form makes a lead.
hooks.register("booklet_gate", views.booklet_gate)
# Its booklet/read/ route shows the booklet online to a visitor whose lead has asked for it.
hooks.register("booklet_unlocked", views.booklet_unlocked)
