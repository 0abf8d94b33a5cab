"""The catalogue's filter form: every filter is a GET parameter, so a search can be shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from opportunities import geo
from opportunities.choices import Category, Kind, PermittedUse, Province, Tenure
from opportunities.models import LAT_RANGE, LON_RANGE

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("largest", _("Largest site")),
    ("nearest", _("Nearest to the chosen place")),
    ("readiness", _("Readiness first")),
    ("fit", _("Best fit to your needs")),
]
READINESS_CHOICES = [
    ("", _("Any level")),
    ("1", _("Level 1 or above")),
    ("2", _("Level 2 or above")),
    ("3", _("Level 3 (the highest)")),
]
PAGE_SIZE = 12
DEFAULT_RADIUS_KM = 25

NUMBER_MESSAGES = {
    "invalid": _("Enter a whole number."),
    "min_value": _("Enter a number that is not negative."),
    "max_value": _("Enter a smaller number."),
}
DISTANCE_MESSAGES = {
    "invalid": _("Enter a distance in kilometres, such as 10 or 12.5."),
    "min_value": _("Enter a distance that is not negative."),
    "max_value": _("Enter at most %(limit_value)s km."),
}
CHOICE_MESSAGES = {"invalid_choice": _("“%(value)s” is not one of the options.")}


def _number(label, max_value=10**10):
    return forms.IntegerField(
        label=label, required=False, min_value=0, max_value=max_value, error_messages=NUMBER_MESSAGES
    )


def _distance(label, max_value=300):
    return forms.FloatField(
        label=label, required=False, min_value=0, max_value=max_value, error_messages=DISTANCE_MESSAGES
    )


class OptionalChoices(forms.MultipleChoiceField):
    """Blank values are no choice: a drop-down's "any" option (the home page's finder) sends `province=`."""

    def to_python(self, value):
        return [choice for choice in super().to_python(value) if choice != ""]


def choice_set(label, choices=()):
    """Optional boxes to tick, with the catalogue's translated message for a value that is not offered."""
    return OptionalChoices(
        label=label,
        required=False,
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_MESSAGES,
    )


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    province = choice_set(_("Province"), Province.choices)
    municipality = forms.MultipleChoiceField(label=_("Municipality"), required=False, error_messages=CHOICE_MESSAGES)
    kind = choice_set(_("Kind"), Kind.choices)
    category = choice_set(_("Category"), Category.choices)
    tenure = choice_set(_("Tenure"), Tenure.choices)
    permitted_uses = choice_set(_("Permitted uses"), PermittedUse.choices)
    min_site_area = _number(_("Site area from (m²)"))
    max_site_area = _number(_("Site area up to (m²)"))
    min_covered_area = _number(_("Covered area from (m²)"))
    max_covered_area = _number(_("Covered area up to (m²)"))
    min_price = _number(_("Price from (€)"))
    max_price = _number(_("Price up to (€)"))
    min_power_kw = _number(_("Available power at least (kW)"), max_value=10**7)
    min_readiness = forms.TypedChoiceField(
        label=_("Readiness level at least"),
        required=False,
        choices=READINESS_CHOICES,
        coerce=int,
        empty_value=None,
        error_messages=CHOICE_MESSAGES,
    )
    zls = forms.BooleanField(label=_("In the ZLS"), required=False)
    zis = forms.BooleanField(label=_("In a ZIS"), required=False)
    state_aid = forms.BooleanField(label=_("In the state-aid map"), required=False)
    max_motorway_km = _distance(_("Motorway junction within (km)"))
    max_airport_km = _distance(_("Airport within (km)"))
    max_rail_km = _distance(_("Rail terminal within (km)"))
    near = forms.CharField(
        label=_("Near the municipality"),
        required=False,
        max_length=100,
        help_text=_("For example: Cremona, Lodi, Bergamo."),
    )
    radius_km = _distance(_("Within (km)"), max_value=200)
    near_lat = forms.FloatField(
        required=False, min_value=LAT_RANGE[0], max_value=LAT_RANGE[1], widget=forms.HiddenInput
    )
    near_lon = forms.FloatField(
        required=False, min_value=LON_RANGE[0], max_value=LON_RANGE[1], widget=forms.HiddenInput
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES, error_messages=CHOICE_MESSAGES)
    # Bounded so the offset stays one a database takes (a 400-digit page gave PostgreSQL a bigint error).
    page = forms.IntegerField(
        required=False, min_value=1, max_value=100_000, widget=forms.HiddenInput, error_messages=NUMBER_MESSAGES
    )

    RANGES = (
        ("min_site_area", "max_site_area"),
        ("min_covered_area", "max_covered_area"),
        ("min_price", "max_price"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [(p.name, p.name) for p in geo.municipalities().values()]

    def clean_near(self):
        name = self.cleaned_data.get("near", "").strip()
        if not name:
            return None
        place = geo.municipality_by_name(name)
        if place is None:
            raise forms.ValidationError(
                _("“%(name)s” is not a municipality of Lombardy we know."), params={"name": name}, code="unknown"
            )
        return place

    def clean(self):
        data = super().clean()
        for low, high in self.RANGES:
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                self.add_error(high, _("The maximum is smaller than the minimum."))
                data.pop(high, None)
        if (data.get("near_lat") is None) != (data.get("near_lon") is None):
            data.pop("near_lat", None)
            data.pop("near_lon", None)
        if data.get("radius_km") and self.origin(data) is None and "near" not in self.errors:
            self.add_error("near", _("Choose the municipality to measure the distance from."))
        if data.get("sort") == "nearest" and self.origin(data) is None:
            self.add_error("sort", _("Choose a municipality or a point on the map to sort by distance."))
            data["sort"] = "relevance"
        return data

    @staticmethod
    def origin(data):
        if data.get("near_lat") is not None and data.get("near_lon") is not None:
            return (data["near_lat"], data["near_lon"])
        if data.get("near") is not None:
            return (data["near"].lat, data["near"].lon)
        return None
