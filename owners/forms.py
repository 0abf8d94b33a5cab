"""Forms of the owners' portal. The site's facts come from SUBMISSION_FIELDS, the one list of them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from leads.forms import ProtectedForm
from opportunities.excel import check_site_row, facts_json
from opportunities.models import SUBMISSION_FIELDS, OpportunityPage, Proponent

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PHOTOS = 8


class SignInForm(ProtectedForm):
    email = forms.EmailField(
        max_length=254, label=_("Your e-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class ProponentForm(forms.ModelForm):
    class Meta:
        model = Proponent
        fields = ["name", "organisation", "tax_code", "role", "phone", "address"]
        widgets = {"role": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "tax_code", "role"):
            self.fields[name].required = True
        self.fields["role"].choices = Proponent.Role.choices
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["address"].widget.attrs["autocomplete"] = "street-address"


def check_pdf(upload):
    """A PDF by its content (the %PDF- signature), not by its name, and not too large."""
    if upload is None:
        return None
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("The file is larger than %(mb)s MB."), params={"mb": MAX_UPLOAD_BYTES // (1024 * 1024)}, code="size"
        )
    head = upload.read(5)
    upload.seek(0)
    if head != b"%PDF-":
        raise forms.ValidationError(_("This file is not a PDF document."), code="not_pdf")
    return upload


class PdfField(forms.FileField):
    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload is not None and upload is not initial:
            check_pdf(upload)
        return upload


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.ImageField):
    """Several photos, each checked by Pillow (its content, not its name)."""

    widget = MultipleImageInput(attrs={"accept": "image/jpeg,image/png,image/webp"})

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        if len(uploads) > MAX_PHOTOS:
            raise forms.ValidationError(_("Attach at most %(count)s photos."), params={"count": MAX_PHOTOS})
        cleaned = []
        for upload in uploads:
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(
                    _("The file is larger than %(mb)s MB."), params={"mb": MAX_UPLOAD_BYTES // (1024 * 1024)}
                )
            cleaned.append(super().clean(upload, initial))
        return cleaned


class AttachmentsMixin(forms.Form):
    """Files of a submission and the delegation a delegate must attach."""

    delegation = PdfField(
        required=False,
        label=_("Owner's signed delegation (PDF)"),
        help_text=_("Required when you act for the owner. PDF only, at most 10 MB."),
    )

    def __init__(self, *args, proponent=None, has_delegation=False, **kwargs):
        self.proponent = proponent
        self.has_delegation = has_delegation
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        is_delegate = self.proponent is not None and self.proponent.role == Proponent.Role.DELEGATE
        if is_delegate and not data.get("delegation") and not self.has_delegation:
            self.add_error(
                "delegation",
                _(
                    "You act for the owner: attach the delegation signed by the owner. "
                    "Without it we cannot accept the submission."
                ),
            )
        return data


def _fact_fields():
    fields = forms.fields_for_model(OpportunityPage, fields=SUBMISSION_FIELDS)
    fields["available_from"].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    fields["owner_consent"].required = True
    fields["owner_consent"].error_messages["required"] = _(
        "A site can be submitted only with the owner's consent to publication."
    )
    return fields


class SubmissionForm(AttachmentsMixin, forms.Form):
    """A site as the owner describes it: reference, title, the submission facts, files and consent."""

    reference = forms.CharField(
        max_length=60, label=_("Your reference"), help_text=_("Your own code for the site, for example MAG-01.")
    )
    title = forms.CharField(max_length=255, label=_("Title"))
    description = forms.CharField(
        max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 5}), label=_("Description")
    )
    technical_report = PdfField(
        required=False, label=_("Technical report (PDF)"), help_text=_("PDF only, at most 10 MB.")
    )
    photos = PhotosField(
        required=False, label=_("Photos"), help_text=_("JPEG, PNG or WebP, at most 8 photos of 10 MB each.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        facts = _fact_fields()
        consent = facts.pop("owner_consent")
        ordered = {"reference": self.fields["reference"], "title": self.fields["title"]}
        ordered.update(facts)
        for name in ("description", "technical_report", "photos", "delegation"):
            ordered[name] = self.fields[name]
        ordered["owner_consent"] = consent
        self.fields = ordered

    def clean(self):
        data = super().clean()
        check_site_row(self, data)
        return data

    def facts(self):
        """The facts as stored on the submission (JSON), as the Excel importer stores them."""
        names = [*SUBMISSION_FIELDS, "description"]
        return facts_json({name: self.cleaned_data.get(name) for name in names})


class UploadForm(AttachmentsMixin, forms.Form):
    file = forms.FileField(
        label=_("The filled-in template (.xlsx)"),
        help_text=_("Only the “Opportunity Lombardy” template, at most 5 MB."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["file", "delegation"])
