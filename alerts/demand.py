"""What investors look for, from their confirmed saved searches: counts only, never an address.

Each saved search counts once per value it asks for (a filter or a need): provinces, permitted uses,
business functions, and the smallest site area asked, in bands.
"""

from collections import Counter

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from alerts.models import SavedSearch
from opportunities.brief_form import BriefForm
from opportunities.choices import PermittedUse, Province

AREA_BANDS = ((5_000, _("Under 5,000 m²")), (20_000, _("5,000–20,000 m²")), (50_000, _("20,000–50,000 m²")))
LARGEST_BAND = _("50,000 m² or more")


def _number(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def area_band(area):
    for limit, label in AREA_BANDS:
        if area < limit:
            return str(label)
    return str(LARGEST_BAND)


def signals():
    """{"searches": n, "provinces"|"uses"|"functions"|"areas": [(label, count)], most asked first}."""
    provinces, uses, functions, areas = Counter(), Counter(), Counter(), Counter()
    searches = SavedSearch.objects.filter(status=SavedSearch.Status.CONFIRMED).values_list("query", flat=True)
    function_labels = dict(BriefForm().fields["need_function"].choices)
    total = 0
    for query in searches:
        total += 1
        params = QueryDict(query)
        for code in set(params.getlist("province") + params.getlist("need_province")):
            if code in Province.values:
                provinces[str(Province(code).label)] += 1
        for code in set(params.getlist("permitted_uses")):
            if code in PermittedUse.values:
                uses[str(PermittedUse(code).label)] += 1
        for key in set(params.getlist("need_function")):
            if key in function_labels:
                functions[str(function_labels[key])] += 1
        asked = [_number(params.get(name)) for name in ("min_site_area", "need_site_area_min")]
        asked = [value for value in asked if value]
        if asked:
            areas[area_band(min(asked))] += 1
    return {
        "searches": total,
        "provinces": provinces.most_common(),
        "uses": uses.most_common(),
        "functions": functions.most_common(),
        "areas": areas.most_common(),
    }
