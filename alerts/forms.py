"""The form that saves a search: an address, the consent, the search itself (hidden), and the anti-bot fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from leads.forms import ProtectedForm
from opportunities.models import OpportunityIndexPage

# Bumped whenever CONSENT_TEXT changes, so each record says which wording was agreed to.
CONSENT_VERSION = "alerts-1"
CONSENT_TEXT = _(
    "Send me e-mails about new or changed sites that match this search, at most once a day. "
    "I can stop them at any time with the link in every message."
)


class AlertForm(ProtectedForm):
    email = forms.EmailField(
        label=_("Your e-mail"),
        max_length=254,
        error_messages={"required": _("Enter your e-mail address."), "invalid": _("Enter a valid e-mail address.")},
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Tick the box to receive the alerts: we send nothing without it.")},
    )
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    catalogue = forms.ModelChoiceField(
        queryset=OpportunityIndexPage.objects.live(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("This catalogue no longer exists: open it again and save the search.")},
    )
