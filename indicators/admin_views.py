"""Staff views: the CSV upload (indicators/importer.py) and the list of older figures."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from indicators import importer
from indicators.forms import UploadForm
from indicators.models import outdated_values


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def upload_view(request):
    _require(request, "indicators.add_indicatorvalue")
    form = UploadForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        text = importer.decode(upload.read(importer.MAX_BYTES + 1)) if upload.size <= importer.MAX_BYTES else None
        if text is None:
            form.add_error("file", _("The file must be a CSV file in UTF-8 of at most 2 MB."))
        else:
            report = importer.import_csv(text, commit_valid=form.cleaned_data["commit_valid"])
    return TemplateResponse(
        request,
        "indicators/admin/upload.html",
        {
            "form": form,
            "report": report,
            "columns": importer.COLUMNS,
            "page_title": _("Import indicator values"),
            "header_icon": "upload",
        },
    )


def outdated_view(request):
    _require(request, "wagtailadmin.access_admin")
    return TemplateResponse(
        request,
        "indicators/admin/outdated.html",
        {
            "values": outdated_values().order_by("year", "indicator__key", "territory"),
            "max_age_years": settings.INDICATORS_MAX_AGE_YEARS,
            "page_title": _("Older indicator figures"),
            "header_icon": "warning",
        },
    )
