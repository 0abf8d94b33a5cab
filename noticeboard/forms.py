from django import forms
from django.utils.translation import gettext_lazy as _


class AnswerForm(forms.Form):
    """One of the owner's own sites (the only ones offered, and the only ones accepted) and a message."""

    site = forms.ModelChoiceField(
        queryset=None,
        label=_("Your site"),
        empty_label=_("Choose one of your sites"),
        error_messages={
            "required": _("Choose the site you propose."),
            "invalid_choice": _("Choose one of your own published sites."),
        },
    )
    message = forms.CharField(
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        label=_("Why it fits (optional)"),
        help_text=_("Read by the investment team, who forward suitable answers to the investor."),
    )

    def __init__(self, *args, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites
