"""Staff views for owner submissions: bulk Excel import and "accept into a draft opportunity"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from opportunities.excel import MAX_BYTES, ImportRefused, build_template, import_workbook
from opportunities.models import OpportunityIndexPage, OwnerSubmission

INDEX_URL = "wagtailsnippets_opportunities_ownersubmission:list"


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Excel file (.xlsx)"))
    proponent_email = forms.EmailField(label=gettext_lazy("Proponent's e-mail"))
    proponent_name = forms.CharField(label=gettext_lazy("Proponent's name"), required=False, max_length=200)
    organisation = forms.CharField(label=gettext_lazy("Organisation"), required=False, max_length=200)
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run: show what would change, write nothing"), required=False, initial=True
    )
    force = forms.BooleanField(label=gettext_lazy("Import the valid rows even if others have problems"), required=False)


def import_view(request):
    if not request.user.has_perm("opportunities.add_ownersubmission"):
        raise PermissionDenied
    report = refused = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > MAX_BYTES:
                raise ImportRefused(_("The file is larger than %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)})
            report = import_workbook(
                upload.name,
                upload.read(),
                proponent_email=form.cleaned_data["proponent_email"],
                proponent_name=form.cleaned_data["proponent_name"],
                organisation=form.cleaned_data["organisation"],
                dry_run=form.cleaned_data["dry_run"],
                force=form.cleaned_data["force"],
            )
        except ImportRefused as error:
            refused = str(error)
    return TemplateResponse(
        request,
        "opportunities/admin/import.html",
        {
            "form": form,
            "report": report,
            "refused": refused,
            "page_title": _("Import owners' Excel file"),
            "header_icon": "upload",
            "index_url": reverse(INDEX_URL),
        },
    )


def template_view(request):
    response = HttpResponse(
        build_template(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="opportunity-lombardy-template.xlsx"'
    return response


def accept_view(request, pk):
    submission = get_object_or_404(OwnerSubmission, pk=pk)
    index = OpportunityIndexPage.objects.filter(locale__language_code="en").first()
    if not request.user.has_perm("opportunities.change_ownersubmission") or (
        index is not None and not index.permissions_for_user(request.user).can_add_subpage()
    ):
        raise PermissionDenied
    if index is None:
        messages.error(request, _("Create the opportunity catalogue page first."))
        return redirect(INDEX_URL)
    if request.method == "POST":
        page = submission.accept(index)
        messages.success(
            request,
            _("“%(title)s” is now a draft opportunity: review it and submit it for publication.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "opportunities/admin/accept.html",
        {"submission": submission, "page_title": _("Accept into a draft opportunity"), "header_icon": "tick"},
    )
