from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from webhooks.models import Endpoint, Event


class EndpointForm(WagtailAdminModelForm):
    url = forms.URLField(max_length=500, assume_scheme="https", label=_("URL"))
    events = forms.MultipleChoiceField(
        choices=Event.choices,
        widget=forms.CheckboxSelectMultiple,
        label=pgettext_lazy("webhook", "Events"),
        required=True,
    )

    class Meta:
        model = Endpoint
        fields = ["name", "url", "secret", "events", "active"]
