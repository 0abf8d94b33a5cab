"""/api/v2/leads/...: the site's forms for a headless front end.

The same form classes as the site (leads.forms), so the validation, consents and translated
messages are the same; the same services (leads.services) save the lead, record consents, issue
the signed booklet link, notify staff and count rate limits.

What the site does with HTML, the API does like this:
- Showing a form: GET on an endpoint describes its fields (labels, choices, limits in the request's
  language) and hands out a signed `form_started` token, the one the site embeds in every form.
  A POST must send it back: it proves the client fetched the form at least
  LEADS_FORM_MIN_SECONDS earlier and at most LEADS_FORM_MAX_AGE ago, the same timestamp check the
  site makes, so a bot that posts blindly is refused as it is on the site. A token is spent by the
  submission it lets through (leads.forms.claim_token): replaying it is refused the same way, so a
  client fetches the description again for every submission. A form refused for a field keeps it.
- The honeypot: `website` is accepted and must be empty. A front end that renders its own form
  should include it, hidden from people; a client that is not a form simply leaves it out.
- No session: the site recognises a returning visitor by the session cookie; the API keeps no
  state between requests (every request carries the whole form), so it needs no cookie, and
  therefore no CSRF token either — there is no ambient credential for another site to abuse.
"""

import json

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from api import errors
from api.http import in_request_language
from home.privacy import privacy_url
from leads import services
from leads.forms import BookletForm, ContactForm, EnquiryForm, signed_timestamp
from leads.models import Lead

HIDDEN_FIELDS = ("form_started",)


class NoSession(SessionBase):
    """Stands in for the visitor's session while a lead is saved: nothing is read or kept."""

    def exists(self, session_key):
        return False

    def create(self):
        pass

    def save(self, must_create=False):
        pass

    def delete(self, session_key=None):
        pass

    def load(self):
        return {}


def field_type(field):
    from django import forms

    for kind, classes in (
        ("boolean", (forms.BooleanField,)),
        ("email", (forms.EmailField,)),
        ("choice", (forms.ChoiceField, forms.ModelChoiceField)),
        ("integer", (forms.IntegerField,)),
    ):
        if isinstance(field, classes):
            return kind
    return "text"


def describe_field(name, field):
    description = {
        "name": name,
        "type": field_type(field),
        "label": str(field.label or ""),
        "help_text": str(field.help_text or ""),
        "required": field.required,
    }
    if name == "website":
        description["honeypot"] = True
        description["label"] = _("Leave this field empty")
    if getattr(field, "max_length", None):
        description["max_length"] = field.max_length
    if description["type"] == "choice":
        description["choices"] = [
            {"value": str(value), "label": str(label)} for value, label in field.choices if str(value) != ""
        ]
    return description


def describe_form(request, name, form_class, submit_url):
    form = form_class()
    return {
        "form": name,
        "submit_url": request.build_absolute_uri(submit_url),
        "fields": [describe_field(n, f) for n, f in form.fields.items() if n not in HIDDEN_FIELDS],
        "form_started": signed_timestamp(),
        "min_seconds": getattr(settings, "LEADS_FORM_MIN_SECONDS", 2),
        "max_age_seconds": getattr(settings, "LEADS_FORM_MAX_AGE", 2 * 60 * 60),
        "privacy_url": request.build_absolute_uri(url) if (url := privacy_url(request)) else None,
    }


def request_data(request):
    """The submitted fields, from a JSON object or a form-encoded body; None when unreadable."""
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"null")
        except (ValueError, UnicodeDecodeError):
            return None
        return data if isinstance(data, dict) else None
    return request.POST


def bad_body():
    return errors.error_response(
        400, "invalid_body", _("Send the form as a JSON object (Content-Type: application/json) or as form data.")
    )


def save(request, form, kind, page):
    """leads.services.save_lead without the visitor's session (see the module's docstring)."""
    session, request.session = getattr(request, "session", None), NoSession()
    try:
        lead, created = services.save_lead(request, form, kind, page)
    finally:
        request.session = session
    if created:
        services.notify_staff(lead)
    return lead


def form_endpoint(name, form_class, kind):
    """A view that describes the form on GET and accepts it on POST.

    The decorated function finds the page the form is about from the URL (LookupError: 404).
    """

    def decorate(found):
        @csrf_exempt
        @never_cache
        @in_request_language
        def view(request, **kwargs):
            try:
                target = found(**kwargs)
            except LookupError:
                return errors.not_found()
            if request.method in ("GET", "HEAD"):
                return JsonResponse(
                    describe_form(request, name, form_class, request.path), json_dumps_params={"ensure_ascii": False}
                )
            if request.method != "POST":
                return errors.method_not_allowed(["GET", "HEAD", "POST"])
            if wait := services.ip_over_limit(request):
                return errors.rate_limited(wait)
            data = request_data(request)
            if data is None:
                return bad_body()
            form = form_class(data)
            try:
                valid = form.is_valid()
            except OverflowError:  # an id larger than the database can hold: no such choice
                return errors.error_response(400, "invalid_input", _("Some of the data sent is not valid."))
            if not valid:
                return errors.invalid_input(form)
            if wait := services.email_over_limit(request, form.cleaned_data["email"]):
                return errors.rate_limited(wait)
            return accepted(request, kind, form, target)

        return view

    return decorate


def accepted(request, kind, form, target):
    if kind == Lead.Kind.BOOKLET:
        sector = target
        lead = save(request, form, kind, sector)
        download = services.record_download(request, lead, sector.booklet, sector)
        services.send_booklet_email(request, download, sector)
        seconds = getattr(settings, "LEADS_DOWNLOAD_LINK_MAX_AGE", 15 * 60)
        body = {
            "status": "accepted",
            "message": _("Thank you. Your booklet is ready: the link works for %(minutes)s minutes.")
            % {"minutes": seconds // 60},
            "download_url": request.build_absolute_uri(services.download_url(download)),
            "expires_in": seconds,
            "booklet": {"title": sector.booklet.title, "pages": sector.booklet.pages},
        }
    elif kind == Lead.Kind.ENQUIRY:
        lead = save(request, form, kind, target)
        lead.opportunity = target
        lead.save(update_fields=["opportunity"])
        body = {"status": "accepted", "message": _("Thank you. The investment team will answer your enquiry.")}
    else:
        save(request, form, kind, None)
        body = {"status": "accepted", "message": _("Thank you. The investment team will contact you shortly.")}
    return JsonResponse(body, status=201, json_dumps_params={"ensure_ascii": False})


# Larger ids cannot exist, and some databases refuse to compare with them.
MAX_ID = 2**63 - 1


def _public_page(model, pk, **filters):
    if not 0 < pk <= MAX_ID:
        return None
    return model.objects.live().public().filter(pk=pk, **filters).first()


@form_endpoint("booklet", BookletForm, Lead.Kind.BOOKLET)
def booklet(sector_id):
    from sectors.models import SectorPage

    sector = _public_page(SectorPage, sector_id)
    if sector is None or sector.booklet is None or not sector.booklet.pdf:
        raise LookupError(sector_id)
    return sector


@form_endpoint("contact", ContactForm, Lead.Kind.CONTACT)
def contact():
    return None


@form_endpoint("enquiry", EnquiryForm, Lead.Kind.ENQUIRY)
def enquiry(opportunity_id):
    from opportunities.models import OpportunityPage

    opportunity = _public_page(OpportunityPage, opportunity_id, owner_consent=True)
    if opportunity is None:
        raise LookupError(opportunity_id)
    return opportunity
