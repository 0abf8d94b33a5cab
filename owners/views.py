"""The owners' portal ("Opportunity Lombardy" call): sign-in by e-mail link, details, submissions, status."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from home import rate_limits
from home.privacy import privacy_url
from leads import services as lead_services
from leads.views import too_many_requests
from opportunities import freshness
from opportunities.excel import (
    HEADERS,
    MAX_BYTES,
    ImportRefused,
    RowError,
    build_template,
    import_workbook,
    read_rows,
)
from opportunities.models import OwnerSubmission, ReadinessSettings, SubmissionPhoto, submission_upload_to
from opportunities.readiness import MAX_LEVEL, criterion_labels
from owners import services
from owners.forms import ProponentForm, SignInForm, SubmissionForm, UploadForm


def portal_writes_over_limit(request):
    """Every write of the portal (links used, details, submissions, uploads) counts per address."""
    return rate_limits.over_limit(request, "owners:writes", settings.OWNERS_RATE_LIMIT_PER_IP)


def owner_required(view):
    """Signed-in owners only; their details must be filled before anything else."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        proponent = services.signed_in_proponent(request)
        if proponent is None:
            return redirect("owners:sign_in")
        if not proponent.is_complete and view.__name__ != "details":
            messages.info(request, _("Please fill in your details first: we remember them for every submission."))
            return redirect("owners:details")
        request.proponent = proponent
        return view(request, *args, **kwargs)

    return never_cache(wrapper)


@never_cache
def sign_in(request):
    if services.signed_in_proponent(request) is not None:
        return redirect("owners:dashboard")
    form = SignInForm(request.POST or None)
    if request.method == "POST":
        if lead_services.ip_over_limit(request):
            return too_many_requests(request)
        if form.is_valid():
            email = form.cleaned_data["email"]
            if lead_services.email_over_limit(request, email):
                return too_many_requests(request)
            services.send_sign_in_link(request, email)
            # The same answer for every address: the page never tells whether an account exists.
            return TemplateResponse(request, "owners/link_sent.html", {"email": email})
    context = {"form": form, "privacy_url": privacy_url(request)}
    return TemplateResponse(request, "owners/sign_in.html", context)


@never_cache
def sign_in_link(request):
    """GET asks for a click (mail scanners follow links); POST uses the one-time link."""
    consume = request.method == "POST"
    token = request.POST.get("sesame") if consume else request.GET.get("sesame")
    # Limited before the link is used: a refused click must not spend it (nor create the account).
    if consume and portal_writes_over_limit(request):
        return too_many_requests(request)
    user = services.user_from_link(token, consume=consume) if token else None
    # A new address's link, merely opened, gives an account not yet saved (nor its proponent).
    if user is None or (user.pk is not None and not hasattr(user, "proponent")):
        return TemplateResponse(request, "owners/link_refused.html", status=410)
    if not consume:
        return TemplateResponse(request, "owners/sign_in_confirm.html", {"token": token})
    services.sign_in(request, user)
    return redirect("owners:dashboard" if user.proponent.is_complete else "owners:details")


@require_POST
def sign_out(request):
    services.sign_out(request)
    messages.success(request, _("You have signed out."))
    return redirect("owners:sign_in")


@owner_required
def details(request):
    if request.method == "POST" and portal_writes_over_limit(request):
        return too_many_requests(request)
    form = ProponentForm(request.POST or None, instance=request.proponent)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved; they are used for all your submissions."))
        return redirect("owners:dashboard")
    return TemplateResponse(request, "owners/details.html", {"form": form})


@owner_required
def dashboard(request):
    submissions = list(request.proponent.submissions.select_related("opportunity").order_by("-created_at"))
    level_names = ReadinessSettings.names_for_request(request)
    for submission in submissions:
        submission.enquiries = services.enquiry_count(submission)
        submission.readiness = readiness_for_owner(submission, level_names)
    context = {"proponent": request.proponent, "submissions": submissions}
    return TemplateResponse(request, "owners/dashboard.html", context)


def readiness_for_owner(submission, level_names):
    """The published site's level and what the next level needs (docs/readiness.md), or None."""
    if submission.owner_status[0] != "published":
        return None
    assessed = submission.opportunity.readiness()
    if assessed.level >= MAX_LEVEL:
        return {"level": level_names[assessed.level], "next_level": None, "needs": []}
    return {
        "level": level_names[assessed.level],
        "next_level": level_names[assessed.level + 1],
        "needs": criterion_labels(assessed.to_next_level),
    }


def _store(upload):
    """Saves an uploaded file in private storage; returns its name for a FileField."""
    field = OwnerSubmission._meta.get_field("delegation")
    return field.storage.save(submission_upload_to(None, upload.name), upload)


@owner_required
def submission_form(request, pk=None):
    proponent = request.proponent
    submission = None
    if pk is not None:
        submission = get_object_or_404(OwnerSubmission, pk=pk, proponent=proponent)
        if not submission.can_be_edited:
            messages.error(request, _("This submission can no longer be changed."))
            return redirect("owners:dashboard")
    if request.method == "POST" and portal_writes_over_limit(request):
        return too_many_requests(request)
    initial = {}
    if submission is not None:
        initial = {**submission.facts, "reference": submission.reference, "title": submission.title}
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        proponent=proponent,
        has_delegation=bool(submission and submission.delegation),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        target = submission or OwnerSubmission(
            proponent=proponent,
            proponent_email=proponent.email,
            proponent_name=proponent.name,
            organisation=proponent.organisation,
        )
        target.reference, target.title, target.facts = data["reference"], data["title"], form.facts()
        target.status, target.staff_message = OwnerSubmission.Status.SUBMITTED, ""
        for name in ("technical_report", "delegation"):
            if data.get(name):
                setattr(target, name, _store(data[name]))
        try:
            with transaction.atomic():
                target.save()
                for photo in data.get("photos") or []:
                    SubmissionPhoto.objects.create(submission=target, image=_store(photo))
        except IntegrityError:
            form.add_error("reference", _("You already have a submission with this reference."))
        else:
            messages.success(request, _("Thank you: “%(title)s” has been submitted.") % {"title": target.title})
            return redirect("owners:dashboard")
    context = {"form": form, "submission": submission}
    return TemplateResponse(request, "owners/submission_form.html", context)


@owner_required
def upload(request):
    if request.method == "POST" and portal_writes_over_limit(request):
        return too_many_requests(request)
    proponent = request.proponent
    form = UploadForm(request.POST or None, request.FILES or None, proponent=proponent)
    report = refused = None
    if request.method == "POST" and form.is_valid():
        excel = form.cleaned_data["file"]
        delegation = form.cleaned_data.get("delegation")
        try:
            if excel.size > MAX_BYTES:
                raise ImportRefused(_("The file is larger than %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)})
            data = excel.read()
            # A dry run first: nothing is stored, not even the delegation, from a file with mistakes.
            report = import_workbook(excel.name, data, proponent_email=proponent.email, dry_run=True)
            refuse_decided_rows(report, data, proponent)
            if report.ok and report.rows:
                report = import_workbook(
                    excel.name,
                    data,
                    proponent_email=proponent.email,
                    proponent_name=proponent.name,
                    organisation=proponent.organisation,
                    proponent=proponent,
                    delegation=_store(delegation) if delegation else "",
                )
        except ImportRefused as error:
            refused = str(error)
        if report is not None and report.committed:
            count = len(report.created) + len(report.updated)
            messages.success(request, _("Your file has been accepted: %(count)s site(s) submitted.") % {"count": count})
            return redirect("owners:dashboard")
    context = {"form": form, "report": report, "refused": refused}
    return TemplateResponse(request, "owners/upload.html", context)


def refuse_decided_rows(report, data, proponent):
    """A row may update a submission only while it can still be edited (not once staff decided)."""
    decided = set(
        proponent.submissions.exclude(
            status__in=[OwnerSubmission.Status.SUBMITTED, OwnerSubmission.Status.CHANGES_REQUESTED]
        ).values_list("reference", flat=True)
    )
    for number, record in read_rows(data):
        if record.get("reference") in decided:
            message = _("The investment team has already decided on this site: write to them to change it.")
            report.errors.append(RowError(number, HEADERS["reference"], message))


@owner_required
def template_download(request):
    """The Excel template, with the proponent's details on its instructions sheet."""
    proponent = request.proponent
    content = build_template({"name": proponent.name, "email": proponent.email, "organisation": proponent.organisation})
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="opportunity-lombardy-template.xlsx"'
    return response


@never_cache
def reconfirm(request, token):
    """The owner's one-click answer to the six-monthly reminder: the site is still available."""
    page = freshness.read_reconfirm_token(token)
    if page is None:
        return TemplateResponse(request, "owners/reconfirm_refused.html", status=410)
    if request.method == "POST":
        if portal_writes_over_limit(request):
            return too_many_requests(request)
        freshness.reconfirm(page)
        return TemplateResponse(request, "owners/reconfirmed.html", {"site": page.localized})
    return TemplateResponse(request, "owners/reconfirm.html", {"site": page.localized, "token": token})
