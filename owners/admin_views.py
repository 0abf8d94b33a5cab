"""Staff views for owner submissions: bulk Excel import, files, decisions and "accept into a draft"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from opportunities.excel import MAX_BYTES, ImportRefused, import_workbook
from opportunities.models import OpportunityIndexPage, OwnerSubmission
from owners import services as owner_services

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
        "owners/admin/import.html",
        {
            "form": form,
            "report": report,
            "refused": refused,
            "page_title": _("Import owners' Excel file"),
            "header_icon": "upload",
            "index_url": reverse(INDEX_URL),
        },
    )


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
        owner_services.notify_owner(submission, "accepted")
        messages.success(
            request,
            _("“%(title)s” is now a draft opportunity: review it and submit it for publication.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "owners/admin/accept.html",
        {"submission": submission, "page_title": _("Accept into a draft opportunity"), "header_icon": "tick"},
    )


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the proponent"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        help_text=gettext_lazy("Sent by e-mail and shown in the owners' portal, in these words."),
    )


DECISIONS = {
    "validate": gettext_lazy("Start validation"),
    "changes": gettext_lazy("Request changes"),
    "reject": gettext_lazy("Reject"),
}


def decision_view(request, pk, action):
    """Start validating, request changes or reject; the last two e-mail the owner the message typed."""
    if action not in DECISIONS or not request.user.has_perm("opportunities.change_ownersubmission"):
        raise PermissionDenied
    submission = get_object_or_404(OwnerSubmission, pk=pk)
    form = DecisionForm(request.POST or None) if action != "validate" else None
    if request.method == "POST" and (form is None or form.is_valid()):
        if action == "validate":
            owner_services.start_validation(submission)
            messages.success(request, _("“%(title)s” is under validation.") % {"title": submission})
        else:
            decide = owner_services.request_changes if action == "changes" else owner_services.reject
            decide(submission, form.cleaned_data["message"])
            messages.success(
                request, _("The proponent of “%(title)s” has been told by e-mail.") % {"title": submission}
            )
        return redirect(INDEX_URL)
    return TemplateResponse(
        request,
        "owners/admin/decision.html",
        {"submission": submission, "form": form, "page_title": DECISIONS[action], "header_icon": "mail"},
    )


def _submission_files(submission):
    """(label, field key, stored file) of every file the proponent attached."""
    files = [
        (_("Technical report (PDF)"), "technical_report", submission.technical_report),
        (_("Owner's signed delegation (PDF)"), "delegation", submission.delegation),
    ]
    files += [(_("Photo"), f"photo-{photo.pk}", photo.image) for photo in submission.photos.all()]
    return [(label, key, stored) for label, key, stored in files if stored]


def files_view(request, pk):
    """The private files of a submission, for staff only (they have no public address)."""
    if not request.user.has_perm("opportunities.change_ownersubmission"):
        raise PermissionDenied
    submission = get_object_or_404(OwnerSubmission, pk=pk)
    return TemplateResponse(
        request,
        "owners/admin/files.html",
        {
            "submission": submission,
            "files": _submission_files(submission),
            "page_title": _("Files of the submission"),
            "header_icon": "doc-full",
        },
    )


def file_download(request, pk, key):
    if not request.user.has_perm("opportunities.change_ownersubmission"):
        raise PermissionDenied
    submission = get_object_or_404(OwnerSubmission, pk=pk)
    stored = next((stored for _label, k, stored in _submission_files(submission) if k == key), None)
    if stored is None:
        raise Http404
    return FileResponse(stored.open("rb"), as_attachment=True, filename=stored.name.rsplit("/", 1)[-1])
