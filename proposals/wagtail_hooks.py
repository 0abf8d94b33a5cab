"""Proposals in the admin: assembled from a lead's page, with their private address and readings."""

from django import forms
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from incentives.models import Incentive
from leads.models import Lead
from opportunities.models import OpportunityPage
from proposals import links
from proposals.models import Proposal
from sectors.models import SectorPage

CHOICES_IN_DEFAULT_LANGUAGE = {
    OpportunityPage: lambda: OpportunityPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE),
    SectorPage: lambda: SectorPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE),
    Incentive: lambda: Incentive.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
}


class CreateFromLead(generic.CreateView):
    def get_initial(self):
        """?lead= from the lead's page: its language, sector and the sites it asked about or shortlisted."""
        initial = super().get_initial()
        lead_id = self.request.GET.get("lead", "")
        lead = Lead.objects.filter(pk=int(lead_id)).first() if lead_id.isdigit() else None
        if lead is not None:
            sites = [*lead.shortlisted_opportunities.values_list("pk", flat=True)]
            if lead.opportunity_id:
                sites.append(lead.opportunity_id)
            initial |= {"lead": lead.pk, "language": lead.language, "sites": sites}
            if lead.sector_id:
                initial["sectors"] = [lead.sector_id]
        return initial

    def save_instance(self):
        instance = super().save_instance()
        Proposal.objects.filter(pk=instance.pk).update(created_by=self.request.user)
        return instance


class ProposalInspectView(generic.InspectView):
    template_name = "proposals/admin/proposal_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["address"] = links.url_for(self.object)
        context["readings"] = self.object.views.all()
        return context


class ProposalViewSet(ModelViewSet):
    model = Proposal
    icon = "doc-full"
    menu_label = _("Proposals")
    menu_order = 252
    add_to_admin_menu = True
    add_view_class = CreateFromLead
    inspect_view_class = ProposalInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["title", "lead__name", "lead__company"]
    list_filter = ["language"]
    list_display = [
        "title",
        Column("lead", label=_("Lead")),
        "language",
        DateColumn("expires_at", label=_("Link valid until")),
        DateColumn("created_at", label=_("Assembled at")),
    ]
    form_fields = ["lead", "title", "language", "covering_note", "sites", "sectors", "incentives", "expires_at"]
    inspect_view_fields = [
        "lead",
        "title",
        "language",
        "covering_note",
        "sites",
        "sectors",
        "incentives",
        "expires_at",
        "created_by",
        "created_at",
    ]

    def formfield_for_dbfield(self, db_field, **kwargs):
        chosen = CHOICES_IN_DEFAULT_LANGUAGE.get(db_field.related_model)
        if chosen is not None:
            kwargs["queryset"] = chosen()
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_dbfield(db_field, **kwargs)


@hooks.register("register_admin_viewset")
def register_proposal_viewset():
    return ProposalViewSet("proposal_admin", url_prefix="proposals")


@hooks.register("lead_inspect_sections")
def lead_proposals(request, lead):
    """The lead's page in the inbox lists its proposals, when each was read and how, and offers a new one."""
    if not request.user.has_perm("proposals.view_proposal"):
        return ""
    proposals = lead.proposals.prefetch_related("views")
    context = {"lead": lead, "proposals": proposals, "can_add": request.user.has_perm("proposals.add_proposal")}
    return render_to_string("proposals/admin/lead_section.html", context, request=request)
