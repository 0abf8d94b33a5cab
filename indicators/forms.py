from django import forms
from django.utils.translation import gettext_lazy as _

from indicators.territory_codes import COMPARABLE

MIN_COMPARED, MAX_COMPARED = 2, 4


class CompareForm(forms.Form):
    """2 to 4 territories side by side (?t=BG&t=MI), and optionally the indicator to rank provinces by."""

    t = forms.MultipleChoiceField(
        choices=COMPARABLE,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Territories to compare"),
        error_messages={"invalid_choice": _("“%(value)s” is not a territory that can be compared.")},
    )

    def clean_t(self):
        codes = list(dict.fromkeys(self.cleaned_data["t"]))
        if self.data.getlist("t") and not MIN_COMPARED <= len(codes) <= MAX_COMPARED:
            raise forms.ValidationError(
                _("Choose between %(min)s and %(max)s territories to compare (you chose %(count)s).")
                % {"min": MIN_COMPARED, "max": MAX_COMPARED, "count": len(codes)}
            )
        return codes


class RankForm(forms.Form):
    rank = forms.ChoiceField(required=False, label=_("Rank the provinces by"))

    def __init__(self, *args, indicators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rank"].choices = [("", _("Choose an indicator")), *((i.key, i.name) for i in indicators)]
        self.fields["rank"].error_messages["invalid_choice"] = _("That indicator is not known.")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("One row per territory, indicator and year (UTF-8)."))
    commit_valid = forms.BooleanField(
        required=False,
        label=_("Import the good rows even if some are bad"),
        help_text=_("Off: a bad row stops the whole file."),
    )
