"""An investor's brief: the needs a site should meet, each a must-have or a nice-to-have (docs/matching.md).

A brief travels as GET parameters (`need_<criterion>`, `need_<criterion>_min/_max` for ranges, and
`must=<criterion>` for each must-have; opportunities.brief_form reads them) and rides on a
CatalogueQuery as `query.brief`. Engines never see the criteria themselves: a brief hands them
`must_conditions()`, filters every result meets, and `scores()`, what each nice-to-have adds to a
site's fit, both in the small engine-neutral vocabulary below. Both engines compute the same fit
(Elasticsearch with function scores and linear decays, the database in SQL), so they rank alike.

Fit: every nice-to-have a site meets adds 1. A number that misses still earns partial credit,
falling linearly to 0: a site with 1,500 kW where 2,000 are asked earns 0.75; one twice as far
from the motorway as asked, or twice the budget, earns 0. A missing fact earns nothing.

Explanations are computed from the site's own facts, whichever engine ranked it, in the active
language, with numbers formatted for it.
"""

import datetime
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from home import formatting
from home.i18n import active_language
from opportunities.choices import Kind, PermittedUse, Province, Tenure
from opportunities.models import OpportunityPage
from sectors.models import BusinessFunction, SectorPage

# Which permitted uses serve each business function (sectors.BusinessFunction keys, from the
# regional strategy's Tab. A). An editorial reading of the planning categories: see docs/matching.md.
FUNCTION_USES = {
    "hq": ("offices",),
    "sales_marketing": ("offices", "commercial"),
    "business_services": ("offices",),
    "back_office": ("offices",),
    "logistics": ("logistics",),
    "rnd": ("research",),
    "manufacturing": ("industrial",),
    "recycling": ("industrial",),
    "datacenter": ("datacentre",),
}
ZONES = {"zls": "in_zls", "zis": "in_zis", "state_aid": "in_state_aid_area"}
ZONE_LABELS = {"zls": _("the ZLS"), "zis": _("a ZIS"), "state_aid": _("the state-aid map")}
# Tenures an investor can ask for; a site offered "for sale or lease" meets either.
WANTED_TENURES = (Tenure.SALE, Tenure.LEASE, Tenure.CONCESSION)
EITHER = {Tenure.SALE: Tenure.EITHER, Tenure.LEASE: Tenure.EITHER}


@dataclass(frozen=True)
class Condition:
    """One test on one field, which each engine translates into its own filter.

    op: "in" (the field, or one of its values for permitted_uses and sectors, is one of `value`),
    "range" (`value` = (low, high), either None), "any_true" (`field` is a tuple of boolean fields,
    one of them true), "null_or_lte" (no value, or at most `value`: dates of availability).
    """

    field: object
    op: str
    value: object


@dataclass(frozen=True)
class Score:
    """What a nice-to-have adds to the fit: 1 when `condition` holds; for numbers (`field` set),
    v/low below `low` and 2 - v/high between `high` and 2 x high."""

    condition: Condition
    field: str = ""
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Need:
    key: str
    value: object  # tuple of codes, a number, (low, high), or a date
    must: bool = False


@dataclass(frozen=True)
class Line:
    """One criterion explained for one site."""

    key: str
    label: str
    met: bool
    must: bool
    text: str


@dataclass(frozen=True)
class Explanation:
    met: int
    total: int
    lines: tuple

    @property
    def summary(self):
        return ngettext("Meets %(met)s of %(total)s need", "Meets %(met)s of %(total)s needs", self.total) % {
            "met": self.met,
            "total": self.total,
        }


def number(value):
    """A number as the active language writes it, to one decimal at most: 1,500 / 1.500; 7.5 / 7,5."""
    return formatting.number(value, decimals=-1)


def money(value):
    return gettext("€%(amount)s") % {"amount": number(value)}


class Criterion:
    key = ""
    label = ""

    def condition(self, value):
        raise NotImplementedError

    def score(self, value):
        return Score(self.condition(value))

    def explain(self, site, value, context):
        """(met, sentence) for this site."""
        raise NotImplementedError


class Choices(Criterion):
    """The site's code is one of those asked (province, kind)."""

    def __init__(self, key, label, field, choices):
        self.key, self.label, self.field, self.choices = key, label, field, choices

    def codes(self, value):
        return tuple(value)

    def condition(self, value):
        return Condition(self.field, "in", self.codes(value))

    def name(self, code):
        try:
            return str(self.choices(code).label)
        except ValueError:
            return code

    def explain(self, site, value, context):
        code = getattr(site, self.field)
        asked = ", ".join(self.name(v) for v in value)
        if code in self.codes(value):
            return True, self.name(code)
        return False, gettext("%(value)s, not one asked (%(asked)s)") % {"value": self.name(code), "asked": asked}


class TenureChoices(Choices):
    def codes(self, value):
        codes = list(value)
        codes += [EITHER[v] for v in value if v in EITHER and EITHER[v] not in codes]
        return tuple(codes)


class Zones(Criterion):
    key, label = "zone", _("Special zone")

    def condition(self, value):
        return Condition(tuple(ZONES[v] for v in value), "any_true", True)

    def explain(self, site, value, context):
        inside = [v for v in value if getattr(site, ZONES[v])]
        if inside:
            return True, gettext("In %(zones)s") % {"zones": ", ".join(str(ZONE_LABELS[v]) for v in inside)}
        asked = ", ".join(str(ZONE_LABELS[v]) for v in value)
        return False, gettext("Not in %(zones)s") % {"zones": asked}


class Function(Criterion):
    """The site's planning permits a use the business function needs."""

    key, label = "function", _("Business function")

    def uses(self, value):
        return tuple(dict.fromkeys(use for function in value for use in FUNCTION_USES[function]))

    def condition(self, value):
        return Condition("permitted_uses", "in", self.uses(value))

    def explain(self, site, value, context):
        functions = ", ".join(context.function_names.get(v, v) for v in value)
        permitted = [use for use in self.uses(value) if use in (site.permitted_uses or [])]
        if permitted:
            return True, gettext("%(uses)s permitted, as %(functions)s needs") % {
                "uses": ", ".join(str(PermittedUse(use).label) for use in permitted),
                "functions": functions,
            }
        wanted = ", ".join(str(PermittedUse(use).label) for use in self.uses(value))
        return False, gettext("%(uses)s not permitted, which %(functions)s needs") % {
            "uses": wanted,
            "functions": functions,
        }


class Sector(Criterion):
    """The editors linked the site to one of the sectors asked (by translation key, so any language's page counts)."""

    key, label = "sector", _("Sector")

    def condition(self, value):
        return Condition("sectors", "in", tuple(value))

    def explain(self, site, value, context):
        names = ", ".join(context.sector_names.get(v, "") for v in value)
        if set(context.site_sectors.get(site.pk, ())) & set(value):
            return True, gettext("Suited to %(sectors)s") % {"sectors": names}
        return False, gettext("Not linked to %(sectors)s") % {"sectors": names}


class Quantity(Criterion):
    """A number the site should have at least, at most, or between two bounds."""

    def __init__(self, key, label, field, bound, unit="", currency=False):
        self.key, self.label, self.field, self.bound, self.unit, self.currency = (
            key,
            label,
            field,
            bound,
            unit,
            currency,
        )

    def bounds(self, value):
        if self.bound == "range":
            return value
        return (value, None) if self.bound == "min" else (None, value)

    def condition(self, value):
        return Condition(self.field, "range", self.bounds(value))

    def score(self, value):
        low, high = self.bounds(value)
        return Score(self.condition(value), self.field, float(low) if low else None, float(high) if high else None)

    def show(self, value):
        return money(value) if self.currency else f"{number(value)} {self.unit}".strip()

    def explain(self, site, value, context):
        have = getattr(site, self.field)
        low, high = self.bounds(value)
        if have is None:
            return False, self.unknown()
        shown = {"value": self.show(have)}
        if low is not None and high is not None:
            shown.update(low=self.show(low), high=self.show(high))
            if low <= have <= high:
                return True, gettext("%(value)s (%(low)s to %(high)s asked)") % shown
            return False, gettext("%(value)s, outside the %(low)s to %(high)s asked") % shown
        if low is not None:
            shown["asked"] = self.show(low)
            if have >= low:
                return True, gettext("%(value)s (at least %(asked)s asked)") % shown
            return False, gettext("%(value)s of %(asked)s asked") % shown
        shown["asked"] = self.show(high)
        if have <= high:
            return True, gettext("%(value)s (at most %(asked)s asked)") % shown
        return False, gettext("%(value)s, more than the %(asked)s asked") % shown

    def unknown(self):
        return gettext("Price on request") if self.currency else gettext("Not stated")


class Distance(Quantity):
    def __init__(self, key, label, field, place_field):
        super().__init__(key, label, field, "max", unit="km")
        self.place_field = place_field

    def explain(self, site, value, context):
        met, text = super().explain(site, value, context)
        place = getattr(site, self.place_field, "")
        return met, f"{text} · {place}" if place and getattr(site, self.field) is not None else text

    def unknown(self):
        return gettext("Distance not computed (no coordinates)")


class AvailableBy(Criterion):
    key, label = "available", _("Available by")

    def condition(self, value):
        return Condition("available_from", "null_or_lte", value)

    def explain(self, site, value, context):
        when = formats.date_format(value, "DATE_FORMAT")
        available_from = site.available_from
        if available_from is None or available_from <= context.today:
            return True, gettext("Available now")
        shown = {"date": formats.date_format(available_from, "DATE_FORMAT"), "asked": when}
        if available_from <= value:
            return True, gettext("Available from %(date)s (by %(asked)s asked)") % shown
        return False, gettext("Available from %(date)s, after the %(asked)s asked") % shown


# In the order a form shows them and an explanation lists them.
CRITERIA = {
    c.key: c
    for c in (
        Function(),
        Sector(),
        Quantity("site_area", _("Site area"), "site_area_m2", "range", unit="m²"),
        Quantity("covered_area", _("Covered area"), "covered_area_m2", "range", unit="m²"),
        Quantity("ceiling_height", _("Ceiling height"), "ceiling_height_m", "min", unit="m"),
        Quantity("power", _("Power"), "power_kw", "min", unit="kW"),
        Choices("kind", _("Kind"), "kind", Kind),
        TenureChoices("tenure", _("Tenure"), "tenure", Tenure),
        Quantity("budget", _("Budget"), "asking_price_eur", "max", currency=True),
        Choices("province", _("Province"), "province", Province),
        Zones(),
        Distance("motorway", _("Motorway"), "distance_motorway_km", "nearest_motorway"),
        Distance("airport", _("Airport"), "distance_airport_km", "nearest_airport"),
        Distance("rail", _("Rail terminal"), "distance_rail_km", "nearest_rail"),
        Distance("port", _("Port"), "distance_port_km", "nearest_port"),
        AvailableBy(),
    )
}


@dataclass(frozen=True)
class Context:
    """What explanations read besides the site: names in the active language, each site's sectors."""

    today: datetime.date
    function_names: dict
    sector_names: dict  # sector translation key -> title
    site_sectors: dict  # page id -> sector translation keys


@dataclass(frozen=True)
class Brief:
    needs: tuple  # of Need, in CRITERIA order

    def __bool__(self):
        return bool(self.needs)

    def must_conditions(self):
        return [CRITERIA[n.key].condition(n.value) for n in self.needs if n.must]

    def scores(self):
        return [CRITERIA[n.key].score(n.value) for n in self.needs if not n.must]

    def explain(self, site, context):
        lines = []
        for need in self.needs:
            criterion = CRITERIA[need.key]
            met, text = criterion.explain(site, need.value, context)
            lines.append(Line(need.key, str(criterion.label), met, need.must, text))
        return Explanation(sum(line.met for line in lines), len(lines), tuple(lines))


def explanations(brief, sites):
    """{page id: Explanation} for these sites, with the names they need read in two queries at most."""
    language = active_language()
    keys = {n.key: n.value for n in brief.needs}
    function_names, sector_names, site_sectors = {}, {}, {}
    if "function" in keys:
        for function in BusinessFunction.objects.filter(key__in=keys["function"]).select_related("locale"):
            if function.key not in function_names or function.locale.language_code == language:
                function_names[function.key] = function.name
    if "sector" in keys:
        for sector in SectorPage.objects.filter(translation_key__in=keys["sector"]).select_related("locale"):
            key = str(sector.translation_key)
            if key not in sector_names or sector.locale.language_code == language:
                sector_names[key] = sector.title
        links = OpportunityPage.sectors.through.objects.filter(opportunitypage_id__in=[s.pk for s in sites])
        for page_id, key in links.values_list("opportunitypage_id", "sectorpage__translation_key"):
            site_sectors.setdefault(page_id, []).append(str(key))
    context = Context(timezone.localdate(), function_names, sector_names, site_sectors)
    return {site.pk: brief.explain(site, context) for site in sites}
