"""The forms that collect personal data. Every field has a size limit; consents start unticked."""

import hashlib
import secrets
import time
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.shared_choices import SharedChoicesMixin
from leads.models import ConsentRecord, Lead, UsedFormToken
from sectors.models import BusinessFunction, Country, SectorPage

FORM_TIMESTAMP_SALT = "leads.form-timestamp"


def signed_timestamp():
    # The random part makes every token unique, so forms shown in the same millisecond never share one.
    return signing.TimestampSigner(salt=FORM_TIMESTAMP_SALT).sign(f"{time.time():.3f}:{secrets.token_urlsafe(8)}")


def form_max_age():
    return getattr(settings, "LEADS_FORM_MAX_AGE", 2 * 60 * 60)


def claim_token(token):
    """Marks a token as used; False when it already was (a replay). Safe under concurrent posts."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    try:
        with transaction.atomic():
            UsedFormToken.objects.create(digest=digest, expires_at=timezone.now() + timedelta(seconds=form_max_age()))
    except IntegrityError:
        return False
    return True


class SharedModelChoiceField(SharedChoicesMixin, forms.ModelChoiceField):
    """The same list for every visitor of a language: rendered from the shared cache, checked in the database."""


class CountryChoiceField(SharedModelChoiceField):
    def label_from_instance(self, obj):
        if obj.kind == Country.Kind.REGION:
            return _("Other country: %(region)s") % {"region": obj.name}
        return obj.name


class ProtectedForm(forms.Form):
    """A honeypot and a signed timestamp: bots fill every field and post at once."""

    # Hidden from people (CSS display:none, so also from screen readers); bots fill it in.
    website = forms.CharField(
        required=False,
        max_length=200,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, max_length=100)

    too_fast = _("That was very quick: please check your answers and send the form again.")
    too_old = _("This form was open for too long. Please check your answers and send it again.")
    refused = _("Your submission could not be accepted. Please try again.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_started"] = signed_timestamp()

    @property
    def shared_rendering_key(self):
        """What its visible fields' HTML depends on when every visitor of a language sees the same (an
        unbound form with nothing prefilled but its stamp): home/includes/form_body.html keeps that HTML
        with the shared fragments. None for a posted form, which shows the visitor's answers and errors."""
        if self.is_bound or self.prefix or set(self.initial) - {"form_started"}:
            return None
        return type(self).__name__

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.refused, code="honeypot")
        started = self.data.get(self.add_prefix("form_started"), "")
        signer = signing.TimestampSigner(salt=FORM_TIMESTAMP_SALT)
        try:
            started_at = float(signer.unsign(started, max_age=form_max_age()).split(":", 1)[0])
        except signing.SignatureExpired:
            self.refresh_timestamp()
            raise forms.ValidationError(self.too_old, code="too_old") from None
        except (signing.BadSignature, ValueError):
            self.refresh_timestamp()
            raise forms.ValidationError(self.refused, code="bad_timestamp") from None
        if time.time() - started_at < getattr(settings, "LEADS_FORM_MIN_SECONDS", 2):
            raise forms.ValidationError(self.too_fast, code="too_fast")
        # Spent only by a submission that is otherwise accepted: a visitor correcting a field keeps it.
        if not self.errors and not claim_token(started):
            self.refresh_timestamp()
            raise forms.ValidationError(self.refused, code="replayed")
        return cleaned

    consent_fields = {}

    def consents(self):
        """(purpose, wording shown) for every box the visitor ticked."""
        return [
            (purpose, str(self.fields[name].label))
            for name, purpose in self.consent_fields.items()
            if self.cleaned_data.get(name)
        ]

    def refresh_timestamp(self):
        """A new timestamp for the form shown again, keeping everything the visitor typed."""
        self.data = self.data.copy()
        self.data[self.add_prefix("form_started")] = signed_timestamp()


def _locale():
    return Locale.get_active()


class ProfileFieldsMixin(forms.Form):
    name = forms.CharField(max_length=120, label=_("Full name"), widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        max_length=254, label=_("Work e-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    company = forms.CharField(
        max_length=160, label=_("Company"), widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    role = forms.CharField(
        max_length=120, label=_("Role"), widget=forms.TextInput(attrs={"autocomplete": "organization-title"})
    )
    country = CountryChoiceField(
        queryset=Country.objects.none(),
        label=_("Country where your company is based"),
        empty_label=_("Choose a country"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.filter(locale=_locale()).order_by("kind", "name")


CONSENT_LABELS = {
    ConsentRecord.Purpose.DOWNLOAD: _("I agree that my details are used to send me this booklet."),
    ConsentRecord.Purpose.CONTACT: _("The investment team may contact me about my project."),
    ConsentRecord.Purpose.NEWSLETTER: _("Send me the Invest in Lombardy newsletter."),
}
# The consents of a request the team answers: to be answered (required) and the newsletter.
ANSWER_CONSENTS = {
    "consent_contact": ConsentRecord.Purpose.CONTACT,
    "consent_newsletter": ConsentRecord.Purpose.NEWSLETTER,
}


def answer_consent(label):
    """The box without which the team cannot answer a request: required, with one refusal on every form."""
    return forms.BooleanField(
        required=True,
        label=label,
        error_messages={"required": _("We can only answer with your agreement: tick this box.")},
    )


def newsletter_consent():
    return forms.BooleanField(required=False, label=CONSENT_LABELS[ConsentRecord.Purpose.NEWSLETTER])


def fields_in_order(*fields):
    """The person first, then the form's own questions and consents; the hidden anti-bot fields last."""
    return [*ProfileFieldsMixin.base_fields, *fields, *ProtectedForm.base_fields]


class BookletForm(ProfileFieldsMixin, ProtectedForm):
    company_size = forms.ChoiceField(
        choices=[("", _("Choose a size")), *Lead.CompanySize.choices], label=_("Company size")
    )
    stage = forms.ChoiceField(
        choices=Lead.Stage.choices, widget=forms.RadioSelect, label=_("Where are you in your project?")
    )
    sector = SharedModelChoiceField(
        queryset=SectorPage.objects.none(), label=_("Sector of interest"), empty_label=_("Choose a sector")
    )
    business_function = SharedModelChoiceField(
        queryset=BusinessFunction.objects.none(),
        required=False,
        label=_("Activity you plan in Lombardy (optional)"),
        empty_label=_("Not decided yet"),
    )
    consent_download = forms.BooleanField(
        required=True,
        label=CONSENT_LABELS[ConsentRecord.Purpose.DOWNLOAD],
        error_messages={"required": _("We can only send the booklet with your agreement: tick this box.")},
    )
    consent_contact = forms.BooleanField(required=False, label=CONSENT_LABELS[ConsentRecord.Purpose.CONTACT])
    consent_newsletter = newsletter_consent()

    field_order = fields_in_order(
        "company_size",
        "stage",
        "sector",
        "business_function",
        "consent_download",
        "consent_contact",
        "consent_newsletter",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = _locale()
        self.fields["sector"].queryset = SectorPage.objects.live().public().filter(locale=locale).order_by("title")
        self.fields["business_function"].queryset = BusinessFunction.objects.filter(locale=locale)

    consent_fields = {
        "consent_download": ConsentRecord.Purpose.DOWNLOAD,
        "consent_contact": ConsentRecord.Purpose.CONTACT,
        "consent_newsletter": ConsentRecord.Purpose.NEWSLETTER,
    }


class ContactForm(ProfileFieldsMixin, ProtectedForm):
    service = forms.ChoiceField(choices=Lead.Service.choices, widget=forms.RadioSelect, label=_("How can we help?"))
    sector = SharedModelChoiceField(
        queryset=SectorPage.objects.none(),
        required=False,
        label=_("Sector (optional)"),
        empty_label=_("Not decided yet"),
    )
    description = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        label=_("Your project"),
        help_text=_("What you plan to do in Lombardy, and what you need from us. At most 3,000 characters."),
    )
    timeline = forms.ChoiceField(choices=[("", _("Choose")), *Lead.Timeline.choices], label=_("Timeline"))
    jobs_band = forms.ChoiceField(
        choices=[("", _("Choose")), *Lead.JobsBand.choices], required=False, label=_("Jobs created (optional)")
    )
    capex_band = forms.ChoiceField(
        choices=[("", _("Choose")), *Lead.CapexBand.choices],
        required=False,
        label=_("Capital expenditure (optional)"),
    )
    consent_contact = answer_consent(_("I agree that the investment team uses my details to answer this request."))
    consent_newsletter = newsletter_consent()

    field_order = fields_in_order(
        "service",
        "sector",
        "description",
        "timeline",
        "jobs_band",
        "capex_band",
        "consent_contact",
        "consent_newsletter",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].queryset = SectorPage.objects.live().public().filter(locale=_locale()).order_by("title")

    consent_fields = ANSWER_CONSENTS


class EnquiryForm(ProfileFieldsMixin, ProtectedForm):
    """A question about one site of the catalogue: the profile, a message and the consents."""

    description = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        label=_("Your question"),
        help_text=_(
            "For example: a visit, the documents you need, the timing of your project. At most 3,000 characters."
        ),
    )
    consent_contact = answer_consent(_("I agree that the investment team uses my details to answer this enquiry."))
    consent_newsletter = newsletter_consent()

    field_order = fields_in_order("description", "consent_contact", "consent_newsletter")
    consent_fields = ANSWER_CONSENTS
