"""The brief as GET parameters: `need_<criterion>` (or `_min`/`_max` for a range) and `must=<criterion>`.

The same form reads the catalogue page's "state your needs" panel and the API's query string, so a
brief can be shared as a link, saved as an alert and asked for headlessly. A need left empty is not
part of the brief; a criterion ticked as a must-have without a value is reported, not guessed.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from home.i18n import active_language
from opportunities.brief import CRITERIA, FUNCTION_USES, WANTED_TENURES, ZONE_LABELS, Brief, Need
from opportunities.choices import Kind, Province
from opportunities.forms import DISTANCE_MESSAGES, NUMBER_MESSAGES, choice_set
from sectors.models import BusinessFunction, SectorPage

RANGES = ("site_area", "covered_area")
PREFIX = "need_"


def _number(label, max_value=10**10):
    messages = {**NUMBER_MESSAGES, "min_value": _("Enter a number greater than zero.")}
    return forms.IntegerField(label=label, required=False, min_value=1, max_value=max_value, error_messages=messages)


def _distance(label):
    messages = {**DISTANCE_MESSAGES, "min_value": _("Enter a distance greater than zero.")}
    return forms.FloatField(label=label, required=False, min_value=0.1, max_value=300, error_messages=messages)


class BriefForm(forms.Form):
    need_function = choice_set(_("Business function"))
    need_sector = choice_set(_("Sector"))
    need_site_area_min = _number(_("Site area from (m²)"))
    need_site_area_max = _number(_("Site area up to (m²)"))
    need_covered_area_min = _number(_("Covered area from (m²)"))
    need_covered_area_max = _number(_("Covered area up to (m²)"))
    need_ceiling_height = forms.DecimalField(
        label=_("Clear ceiling height at least (m)"),
        required=False,
        min_value=0.1,
        max_value=100,
        decimal_places=1,
        error_messages={
            "invalid": _("Enter a height in metres, such as 8 or 9.5."),
            "min_value": _("Enter a height greater than zero."),
            "max_value": _("Enter at most %(limit_value)s m."),
            "max_decimal_places": _("Enter at most one decimal, such as 9.5."),
        },
    )
    need_power = _number(_("Power at least (kW)"), max_value=10**7)
    need_kind = choice_set(_("Kind"), Kind.choices)
    need_tenure = choice_set(_("Tenure"), [(t.value, t.label) for t in WANTED_TENURES])
    need_budget = _number(_("Budget up to (€)"))
    need_province = choice_set(_("Province"), Province.choices)
    need_zone = choice_set(_("Special zone"), list(ZONE_LABELS.items()))
    need_motorway = _distance(_("Motorway within (km)"))
    need_airport = _distance(_("Airport within (km)"))
    need_rail = _distance(_("Rail terminal within (km)"))
    need_port = _distance(_("Port within (km)"))
    need_available = forms.DateField(
        label=_("Available by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    must = choice_set(_("Must-haves"), [(key, c.label) for key, c in CRITERIA.items()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = active_language()
        functions = {f.key: f.name for f in BusinessFunction.objects.filter(locale__language_code=language)}
        self.fields["need_function"].choices = [(key, functions.get(key, key)) for key in FUNCTION_USES]
        self.fields["need_sector"].choices = [
            (page.slug, page.title)
            for page in SectorPage.objects.live().filter(locale__language_code=language).order_by("title")
        ]
        self.sector_keys = {}

    def clean_need_sector(self):
        slugs = self.cleaned_data["need_sector"]
        self.sector_keys = {
            slug: str(key)
            for slug, key in SectorPage.objects.filter(slug__in=slugs).values_list("slug", "translation_key")
        }
        return slugs

    def clean(self):
        data = super().clean()
        for key in RANGES:
            low, high = data.get(f"{PREFIX}{key}_min"), data.get(f"{PREFIX}{key}_max")
            if low is not None and high is not None and low > high:
                self.add_error(f"{PREFIX}{key}_max", _("Enter an upper bound no smaller than the lower one."))
        stated = {need.key for need in self.needs(data)}
        missing = [key for key in data.get("must") or [] if key not in stated]
        if missing:
            names = ", ".join(str(CRITERIA[key].label) for key in missing)
            self.add_error("must", _("Say what you need for each must-have: %(names)s.") % {"names": names})
        return data

    def value(self, key, data):
        if key in RANGES:
            low, high = data.get(f"{PREFIX}{key}_min"), data.get(f"{PREFIX}{key}_max")
            return None if low is None and high is None else (low, high)
        value = data.get(f"{PREFIX}{key}")
        if key == "sector" and value:
            return tuple(self.sector_keys[slug] for slug in value if slug in self.sector_keys) or None
        if isinstance(value, list):
            return tuple(value) or None
        return value

    def needs(self, data):
        musts = set(data.get("must") or [])
        needs = []
        for key in CRITERIA:
            value = self.value(key, data)
            if value is not None:
                needs.append(Need(key, value, key in musts))
        return needs

    def brief(self):
        """The brief of the valid fields (an invalid one is left out and reported); empty if none is stated."""
        if not self.is_bound:
            return Brief(())
        self.is_valid()
        return Brief(tuple(self.needs(self.cleaned_data)))

    @staticmethod
    def is_stated(params):
        return any((key.startswith(PREFIX) or key == "must") and value for key, value in params.items())


@dataclass
class Row:
    """One need as the form shows it: its fields, and whether it is ticked as a must-have."""

    key: str
    label: str
    fields: list
    must: bool


def rows(form):
    musts = set(form["must"].value() or [])
    result = []
    for key, criterion in CRITERIA.items():
        names = (f"{PREFIX}{key}_min", f"{PREFIX}{key}_max") if key in RANGES else (f"{PREFIX}{key}",)
        result.append(Row(key, criterion.label, [form[name] for name in names], key in musts))
    return result
