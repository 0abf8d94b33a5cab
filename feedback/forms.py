from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.privacy import redact

COMMENT_MAX_LENGTH = 1000


class PageFeedbackForm(forms.Form):
    unknown_page = _("This page cannot be rated: it may have been moved or unpublished.")

    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Please answer yes or no.")},
    )
    comment = forms.CharField(
        label=_("What were you looking for? (optional)"),
        help_text=_("Please do not write your name, e-mail address or telephone number: this form is anonymous."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH}),
    )
    # Hidden from people by CSS (and from screen readers); bots fill every field.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_comment(self):
        return redact(self.cleaned_data["comment"].replace("\x00", "").strip())
