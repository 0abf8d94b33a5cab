"""The noticeboard in the owners' portal (demands and the owner's answers) and the visitor's agreement link."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from leads.views import too_many_requests
from noticeboard import agreement, answers
from noticeboard.forms import AnswerForm
from noticeboard.models import Answer, Kind, Notice, Status
from owners.views import owner_required, portal_writes_over_limit


def published_demands(request):
    language = request.LANGUAGE_CODE
    return Notice.objects.filter(kind=Kind.DEMAND, status=Status.PUBLISHED, locale__language_code=language)


@owner_required
def demands(request):
    """The published demands an owner may answer, and what became of the owner's answers."""
    context = {
        "demands": published_demands(request).select_related("sector"),
        "answers": Answer.objects.filter(proponent=request.proponent).select_related("notice", "site"),
        "has_sites": answers.owner_sites(request.proponent).exists(),
    }
    return TemplateResponse(request, "noticeboard/portal_demands.html", context)


@owner_required
def answer(request, pk):
    notice = get_object_or_404(published_demands(request), pk=pk)
    sites = answers.owner_sites(request.proponent)
    form = AnswerForm(request.POST or None, sites=sites)
    if request.method == "POST":
        if portal_writes_over_limit(request):
            return too_many_requests(request)
        if form.is_valid():
            try:
                answers.record(notice, request.proponent, form.cleaned_data["site"], form.cleaned_data["message"])
            except answers.AlreadyAnswered:
                form.add_error("site", _("You have already answered this demand with this site."))
            else:
                messages.success(request, _("Thank you: the investment team has your answer and will review it."))
                return redirect("noticeboard:demands")
    # "demand", not "notice": base.html names its untranslated-page notice so.
    context = {"demand": notice, "form": form, "has_sites": sites.exists()}
    return TemplateResponse(request, "noticeboard/answer.html", context)


@never_cache
def agree(request, token):
    """The visitor's agreement to publish the demand taken from their saved search: GET asks, POST agrees."""
    notice = agreement.notice_for(token)
    if notice is None:
        return TemplateResponse(request, "noticeboard/agreement_refused.html", status=410)
    agreed = notice.visitor_agreed_at is not None
    if request.method == "POST" and not agreed:
        agreement.agree(notice)
        agreed = True
    return TemplateResponse(request, "noticeboard/agree.html", {"demand": notice, "token": token, "agreed": agreed})
