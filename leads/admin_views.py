"""Data-subject tools in the Wagtail admin: export or erase everything held about an e-mail address."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from leads import services
from leads.models import PROFILE_FIELDS, Lead, Submission
from leads.privacy import erase_email, export_email

PERMISSION = "leads.delete_lead"


class SubjectForm(forms.Form):
    email = forms.EmailField(max_length=254, label=gettext_lazy("E-mail address of the person"))
    confirm = forms.BooleanField(required=False, label=gettext_lazy("I confirm the erasure: it cannot be undone."))


def privacy_tools(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = SubjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        performed_by = request.user.get_username()
        if request.POST.get("action") == "export":
            data = export_email(email, performed_by=performed_by)
            response = HttpResponse(
                json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="personal-data-{slugify(email)}.json"'
            return response
        if request.POST.get("action") == "erase":
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Tick this box to confirm the erasure."))
            else:
                count = erase_email(email, performed_by=performed_by)
                messages.success(
                    request, _("%(count)s lead(s) erased. The erasure has been logged.") % {"count": count}
                )
                return redirect("leads_privacy")
    return TemplateResponse(request, "leads/admin/privacy_tools.html", {"form": form})


def dashboard(request):
    """Leads by week, form, sector and country: counts with native bars, no script."""
    from datetime import timedelta

    from django.db.models import Count
    from django.db.models.functions import TruncWeek
    from django.utils import timezone

    if not request.user.has_perm("leads.view_lead"):
        raise PermissionDenied
    since = timezone.now() - timedelta(weeks=12)
    leads = Lead.objects.filter(created_at__gte=since)

    def chart(title, rows):
        rows = list(rows)
        top = max((count for _label, count in rows), default=0)
        return {"title": title, "rows": rows, "max": top or 1}

    kinds = dict(Lead.Kind.choices)
    charts = [
        chart(
            _("Leads by week"),
            (
                (row["week"].date(), row["n"])
                for row in leads.annotate(week=TruncWeek("created_at"))
                .values("week")
                .annotate(n=Count("id"))
                .order_by("week")
            ),
        ),
        chart(
            _("Leads by form"),
            (
                (kinds.get(row["kind"], row["kind"]), row["n"])
                for row in leads.values("kind").annotate(n=Count("id")).order_by("-n")
            ),
        ),
        chart(
            _("Leads by sector"),
            (
                (row["sector__title"] or _("Not given"), row["n"])
                for row in leads.values("sector__title").annotate(n=Count("id")).order_by("-n")[:15]
            ),
        ),
        chart(
            _("Leads by country"),
            (
                (row["country__name"] or _("Not given"), row["n"])
                for row in leads.values("country__name").annotate(n=Count("id")).order_by("-n")[:15]
            ),
        ),
    ]
    context = {"charts": charts, "total": leads.count(), "new": leads.filter(status=Lead.Status.NEW).count()}
    return TemplateResponse(request, "leads/admin/dashboard.html", context)


def shown(obj, name):
    """A field's value as staff read it: the label of a choice, the name of a country or sector."""
    if obj._meta.get_field(name).choices:
        return getattr(obj, f"get_{name}_display")()
    value = getattr(obj, name)
    return "" if value is None else str(value)


def differences(lead):
    """Every answer of a later submission that differs from the lead's stored details, oldest first."""
    submissions = lead.submissions.select_related("country", "sector", "business_function")
    return [
        {
            "submission": submission,
            "field": field.name,
            "label": field.verbose_name,
            "stored": shown(lead, field.name),
            "submitted": shown(submission, field.name),
        }
        for submission in submissions
        for field, _stored, _submitted in submission.differences()
    ]


@require_POST
def adopt_value(request, lead_id, submission_id, field):
    """Staff take one value of a later submission into the lead, by hand and one field at a time."""
    if not request.user.has_perm("leads.change_lead"):
        raise PermissionDenied
    lead = get_object_or_404(Lead, pk=lead_id)
    submission = get_object_or_404(Submission, pk=submission_id, lead=lead)
    if field not in PROFILE_FIELDS:
        raise Http404(field)
    services.adopt_value(lead, submission, field)
    label = Lead._meta.get_field(field).verbose_name
    messages.success(
        request,
        _("%(field)s updated from the submission of %(date)s.")
        % {
            "field": label,
            "date": date_format(localtime(submission.received_at), "SHORT_DATETIME_FORMAT"),
        },
    )
    return redirect("lead_inbox:inspect", lead.pk)
