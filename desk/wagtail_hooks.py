"""The desk in the Wagtail admin: one menu for projects, the board, inquiries, companies, contacts,
activities, partners, templates and routing rules; only the Investment desk group holds their permissions."""

import django_filters
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from desk import admin_views, audit, report_views, score, stages
from desk.models import (
    Activity,
    AftercareIssue,
    Company,
    Contact,
    EmailTemplate,
    Expansion,
    Inquiry,
    Investor,
    Partner,
    Project,
    Referral,
    RoutingRule,
)
from desk.people import desk_members
from sectors.models import Country, SectorPage

USER_FIELDS = {"assignee", "team", "handler"}


class EditWithChanges(generic.EditView):
    """Wagtail's history then says what changed, and a project's stage move is recorded."""

    def save_instance(self):
        original = type(self.object).objects.get(pk=self.object.pk)
        before = audit.values_before(self.form, original)
        instance = super().save_instance()
        changes = audit.form_changes(self.form, before)
        if changes:
            log(instance, "desk.change", data={"changes": changes})
        if isinstance(instance, Project):
            stages.record(instance, original.stage, self.request.user)
        return instance


class CreateRecordingStage(generic.CreateView):
    def get_initial(self):
        """?lead=, ?company=, ?project= from a timeline's "Record an activity" or a lead's "Open a project"."""
        initial = super().get_initial()
        for name in ("lead", "company", "project"):
            if self.request.GET.get(name, "").isdigit():
                initial[name] = self.request.GET[name]
        if self.model is Project and "lead" in initial:
            initial |= project_from_lead(initial.pop("lead"))
        return initial

    def save_instance(self):
        instance = super().save_instance()
        if isinstance(instance, Project):
            stages.record(instance, "", self.request.user)
        if isinstance(instance, Activity) and instance.author_id is None:
            Activity.objects.filter(pk=instance.pk).update(author=self.request.user)
        return instance


def project_from_lead(lead_id):
    """A project opened from a lead starts with its company, sector, business function and the lead itself."""
    inquiry = Inquiry.objects.filter(lead_id=lead_id).select_related("lead").first()
    if inquiry is None:
        return {}
    lead = inquiry.lead
    return {
        "leads": [lead.pk],
        "company": inquiry.company_id,
        "title": lead.company or lead.name,
        "sector": lead.sector_id,
        "business_function": lead.business_function_id,
        "assignee": lead.assignee_id,
    }


class TimelineInspectView(generic.InspectView):
    template_name = "desk/admin/timeline.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        if isinstance(obj, Company):
            activities = (
                Activity.objects.filter(company=obj)
                | Activity.objects.filter(lead__desk_inquiry__company=obj)
                | Activity.objects.filter(project__company=obj)
            )
            context["merge_url"] = reverse("desk_company_merge", args=[obj.pk])
            key = "company"
        else:
            activities = obj.activities.all()
            context["stage_changes"] = obj.stage_changes.select_related("changed_by")
            context["referrals"] = obj.referrals.select_related("partner")
            context["scored_lead"], context["parts"] = score.for_project(obj)
            context["total"] = score.total(context["parts"])
            key = "project"
        context["activities"] = activities.distinct().select_related("author")
        context["add_activity_url"] = reverse("desk_activity:add") + f"?{key}={obj.pk}"
        context["time_zone"] = settings.TIME_ZONE
        return context


class DeskViewSet(ModelViewSet):
    edit_view_class = EditWithChanges
    add_view_class = CreateRecordingStage
    copy_view_enabled = False
    search_backend_name = None

    def formfield_for_dbfield(self, db_field, **kwargs):
        """Only desk members are offered as people; sectors and countries in the default language."""
        if db_field.name in USER_FIELDS:
            kwargs["queryset"] = desk_members()
        elif db_field.related_model is SectorPage:
            kwargs["queryset"] = SectorPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        elif db_field.related_model is Country:
            kwargs["queryset"] = Country.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        return super().formfield_for_dbfield(db_field, **kwargs)


class ProjectFilterSet(WagtailFilterSet):
    sector = django_filters.ModelChoiceFilter(
        queryset=lambda request: SectorPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        label=_("Sector"),
    )
    assignee = django_filters.ModelChoiceFilter(queryset=lambda request: desk_members(), label=_("Assignee"))

    class Meta:
        model = Project
        fields = ["stage", "assignee", "sector", "business_function", "illustrative"]


class ProjectViewSet(DeskViewSet):
    model = Project
    name = "desk_project"
    url_prefix = "desk/projects"
    icon = "form"
    menu_label = _("Projects")
    inspect_view_enabled = True
    inspect_view_class = TimelineInspectView
    filterset_class = ProjectFilterSet
    search_fields = ["title", "company__name"]
    list_display = [
        "title",
        Column("company", label=_("Company")),
        Column("stage", label=_("Stage"), accessor="get_stage_display"),
        Column("assignee", label=_("Assignee")),
        Column("expected_investment", label=_("Expected investment (€)")),
        Column("expected_jobs", label=_("Expected jobs")),
        DateColumn("expected_decision_date", label=_("Expected decision")),
        BooleanColumn("illustrative", label=_("Illustrative")),
    ]
    form_fields = [
        "title",
        "company",
        "business_function",
        "sector",
        "territories",
        "sites",
        "expected_investment",
        "expected_jobs",
        "stage",
        "lost_reason",
        "expected_decision_date",
        "assignee",
        "team",
        "leads",
        "illustrative",
    ]


class InquiryFilterSet(WagtailFilterSet):
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))

    class Meta:
        model = Inquiry
        fields = ["company"]

    def filter_overdue(self, queryset, name, value):
        from django.utils import timezone

        waiting = queryset.filter(first_response_at__isnull=True, respond_by__lt=timezone.now())
        return waiting if value else queryset.exclude(pk__in=waiting)


class FromFormsOnly(ModelPermissionPolicy):
    """Inquiries come with leads from the public forms: the desk works them, it does not create them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class InquiryViewSet(DeskViewSet):
    """The desk's view of the leads: who, which company, and the first-response target."""

    model = Inquiry
    permission_policy = FromFormsOnly(Inquiry)
    name = "desk_inquiry"
    url_prefix = "desk/inquiries"
    icon = "mail"
    menu_label = _("Inquiries")
    filterset_class = InquiryFilterSet
    list_display = [
        Column("lead", label=_("Lead")),
        Column("company", label=_("Company")),
        DateColumn("respond_by", label=_("Reply by")),
        Column("first_response_at", label=_("First reply")),
        BooleanColumn("is_overdue", label=_("Overdue")),
        Column("score", label=_("Lead score (for sorting only)"), sort_key="score"),
    ]
    form_fields = ["contact", "company", "first_response_at"]

    def get_queryset(self, request):
        return Inquiry.objects.select_related("lead", "company")


class CompanyViewSet(DeskViewSet):
    model = Company
    name = "desk_company"
    url_prefix = "desk/companies"
    icon = "group"
    menu_label = _("Companies")
    inspect_view_enabled = True
    inspect_view_class = TimelineInspectView
    search_fields = ["name", "domain", "registration_number"]
    list_filter = ["country", "size", "illustrative"]
    list_display = [
        "name",
        "domain",
        Column("country", label=_("Country")),
        BooleanColumn("illustrative", label=_("Illustrative")),
    ]
    form_fields = ["name", "domain", "country", "sector", "size", "registration_number", "illustrative"]


class ContactViewSet(DeskViewSet):
    model = Contact
    name = "desk_contact"
    url_prefix = "desk/contacts"
    icon = "user"
    menu_label = _("Contacts")
    search_fields = ["name", "email"]
    list_display = ["name", "email", Column("company", label=_("Company")), "language"]
    form_fields = ["name", "email", "role", "company", "language", "illustrative"]


class ActivityViewSet(DeskViewSet):
    model = Activity
    name = "desk_activity"
    url_prefix = "desk/activities"
    icon = "date"
    menu_label = _("Activities and tasks")
    list_filter = ["kind", "assignee"]
    search_fields = ["subject", "body"]
    list_display = [
        "subject",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        DateColumn("occurred_at", label=_("Date")),
        DateColumn("due_at", label=_("Due")),
        Column("assignee", label=_("Assignee")),
    ]
    form_fields = [
        "kind",
        "subject",
        "body",
        "occurred_at",
        "lead",
        "company",
        "project",
        "assignee",
        "due_at",
        "remind_at",
        "done_at",
    ]


class PartnerViewSet(DeskViewSet):
    model = Partner
    name = "desk_partner"
    url_prefix = "desk/partners"
    icon = "site"
    menu_label = _("Partner organisations")
    list_display = ["name", Column("kind", label=_("Kind"), accessor="get_kind_display")]
    form_fields = ["name", "kind", "email"]


class ReferralViewSet(DeskViewSet):
    model = Referral
    name = "desk_referral"
    url_prefix = "desk/referrals"
    icon = "arrow-right"
    menu_label = _("Referrals")
    list_display = [Column("project", label=_("Project")), Column("partner", label=_("Partner")), "subject"]
    form_fields = ["project", "partner", "subject", "referred_on"]


class EmailTemplateViewSet(DeskViewSet):
    model = EmailTemplate
    name = "desk_email_template"
    url_prefix = "desk/email-templates"
    icon = "mail"
    menu_label = _("E-mail templates")
    form_fields = ["name", "subject_en", "body_en", "subject_it", "body_it"]


class RoutingRuleViewSet(DeskViewSet):
    model = RoutingRule
    name = "desk_routing_rule"
    url_prefix = "desk/routing-rules"
    icon = "resubmit"
    menu_label = _("Routing rules")
    list_display = [
        "name",
        "priority",
        Column("handler", label=_("Handler")),
        BooleanColumn("active", label=_("Active")),
    ]
    form_fields = ["name", "priority", "kind", "service", "sector", "country", "handler", "active"]


class InvestorViewSet(DeskViewSet):
    """Aftercare: established investors, from landed projects (desk/aftercare.py), stories or by hand."""

    model = Investor
    name = "desk_investor"
    url_prefix = "desk/investors"
    icon = "doc-full"
    menu_label = _("Established investors")
    list_filter = ["handler", "illustrative"]
    list_display = [
        Column("company", label=_("Company")),
        DateColumn("established_on", label=_("Established on")),
        DateColumn("next_follow_up", label=_("Next follow-up")),
        Column("cadence_months", label=_("Follow-up every (months)")),
        Column("handler", label=_("Handler")),
        BooleanColumn("illustrative", label=_("Illustrative")),
    ]
    form_fields = [
        "company",
        "project",
        "story",
        "established_on",
        "cadence_months",
        "last_follow_up",
        "next_follow_up",
        "handler",
        "illustrative",
    ]


class AftercareIssueViewSet(DeskViewSet):
    model = AftercareIssue
    name = "desk_aftercare_issue"
    url_prefix = "desk/aftercare-issues"
    icon = "warning"
    menu_label = _("Aftercare issues")
    list_filter = ["status"]
    list_display = [
        "subject",
        Column("investor", label=_("Established investor")),
        DateColumn("raised_on", label=_("Raised on")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("closed_on", label=_("Closed on")),
    ]
    form_fields = ["investor", "raised_on", "subject", "handling", "status", "closed_on"]


class ExpansionViewSet(DeskViewSet):
    model = Expansion
    name = "desk_expansion"
    url_prefix = "desk/expansions"
    icon = "plus"
    menu_label = _("Expansion opportunities")
    list_display = [
        "description",
        Column("investor", label=_("Established investor")),
        DateColumn("identified_on", label=_("Identified on")),
        Column("project", label=_("Project opened")),
    ]
    form_fields = ["investor", "identified_on", "description", "expected_investment", "expected_jobs"]
    inspect_view_enabled = True
    # Its page offers "Open a project" (report_views.open_expansion_project).
    inspect_template_name = "desk/admin/expansion_inspect.html"


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("desk.view_project")


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("desk.view_project") and request.user.has_perm("desk.view_inquiry")


class FollowUpsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("desk.view_investor")


class DeskViewSetGroup(ViewSetGroup):
    menu_label = _("Investment desk")
    menu_icon = "form"
    menu_order = 252
    items = (
        ProjectViewSet,
        InquiryViewSet,
        CompanyViewSet,
        ContactViewSet,
        ActivityViewSet,
        PartnerViewSet,
        ReferralViewSet,
        EmailTemplateViewSet,
        RoutingRuleViewSet,
        InvestorViewSet,
        AftercareIssueViewSet,
        ExpansionViewSet,
    )


@hooks.register("register_admin_viewset")
def register_desk():
    return DeskViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_board_menu_item():
    return BoardMenuItem(_("Projects by stage"), reverse_lazy("desk_board"), icon_name="table", order=253)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Desk dashboard"), reverse_lazy("desk_report"), icon_name="table", order=254)


@hooks.register("register_admin_menu_item")
def register_follow_ups_menu_item():
    return FollowUpsMenuItem(
        _("Aftercare follow-ups due"), reverse_lazy("desk_follow_ups"), icon_name="date", order=255
    )


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [
        path("desk/board/", admin_views.board, name="desk_board"),
        path("desk/companies/<int:pk>/merge/", admin_views.merge, name="desk_company_merge"),
        path("desk/leads/<int:lead_id>/email/", admin_views.email_lead, name="desk_email_lead"),
        path("desk/dashboard/", report_views.dashboard, name="desk_report"),
        path("desk/dashboard/export.<str:fmt>", report_views.export, name="desk_report_export"),
        path("desk/aftercare/", report_views.follow_ups, name="desk_follow_ups"),
        path(
            "desk/expansions/<int:pk>/open-project/",
            report_views.open_expansion_project,
            name="desk_expansion_open_project",
        ),
    ]


@hooks.register("register_log_actions")
def register_desk_log_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)


@hooks.register("lead_inspect_sections")
def lead_timeline(request, lead):
    """The lead's page in the inbox shows its company, reply-by time and timeline (desk members only)."""
    if not request.user.has_perm("desk.view_activity"):
        return ""
    inquiry = Inquiry.objects.filter(lead=lead).select_related("company").first()
    context = {
        "lead": lead,
        "inquiry": inquiry,
        "overdue": inquiry is not None and inquiry.is_overdue(),
        "activities": lead.desk_activities.select_related("author"),
        "time_zone": settings.TIME_ZONE,
        "parts": score.breakdown(lead),
    }
    context["total"] = score.total(context["parts"])
    return render_to_string("desk/admin/lead_section.html", context, request=request)
