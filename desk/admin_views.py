"""The desk's own admin pages: the board of projects by stage, merging duplicate companies, writing to a lead."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from desk import dedup, emails, stages
from desk.models import Company, EmailTemplate, Project
from leads.models import Lead


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def board(request):
    """Open projects in one column per stage; each card moves with a small form, without JavaScript."""
    _require(request, "desk.view_project")
    if request.method == "POST":
        _require(request, "desk.change_project")
        project = get_object_or_404(Project, pk=request.POST.get("project"))
        try:
            stages.move(project, request.POST.get("stage", ""), request.user, request.POST.get("lost_reason", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("“%(project)s” moved to %(stage)s.") % {"project": project, "stage": project.get_stage_display()},
            )
        return redirect("desk_board")
    projects = Project.objects.select_related("company", "assignee").order_by("expected_decision_date", "title")
    columns = [
        {"stage": value, "label": label, "projects": [p for p in projects if p.stage == value]}
        for value, label in Project.Stage.choices
    ]
    return TemplateResponse(
        request,
        "desk/admin/board.html",
        {"columns": columns, "stages": Project.Stage.choices, "lost_reasons": Project.LostReason.choices},
    )


class MergeForm(forms.Form):
    duplicates = forms.ModelMultipleChoiceField(
        queryset=Company.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Companies to merge into this one"),
        help_text=gettext_lazy("Their contacts, leads, projects and activities move here; they are then deleted."),
    )

    def __init__(self, *args, company, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicates"].queryset = Company.objects.exclude(pk=company.pk)


def merge(request, pk):
    _require(request, "desk.change_company")
    _require(request, "desk.delete_company")
    company = get_object_or_404(Company, pk=pk)
    form = MergeForm(request.POST or None, company=company)
    if request.method == "POST" and form.is_valid():
        names = dedup.merge_companies(company, list(form.cleaned_data["duplicates"]), request.user)
        messages.success(
            request, _("Merged into %(company)s: %(names)s") % {"company": company.name, "names": ", ".join(names)}
        )
        return redirect("desk_company:inspect", company.pk)
    return TemplateResponse(request, "desk/admin/merge.html", {"company": company, "form": form})


def email_lead(request, lead_id):
    """Writes to the person behind a lead: pick a template (?template=) to start from, edit, send."""
    _require(request, "desk.add_activity")
    lead = get_object_or_404(Lead, pk=lead_id)
    template = EmailTemplate.objects.filter(pk=request.GET.get("template") or None).first()
    if request.method == "POST":
        form = emails.DeskEmailForm(request.POST)
        if form.is_valid():
            emails.send(lead, form.cleaned_data, request.user)
            messages.success(request, _("E-mail to %(email)s stored for sending.") % {"email": lead.email})
            return redirect("lead_inbox:inspect", lead.pk)
    elif template is not None:
        form = emails.DeskEmailForm(initial=emails.from_template(template, lead, lead.language, request.user))
    else:
        form = emails.DeskEmailForm(initial={"language": lead.language})
    context = {"lead": lead, "form": form, "templates": emails.templates(), "chosen": template}
    return TemplateResponse(request, "desk/admin/email.html", context)
