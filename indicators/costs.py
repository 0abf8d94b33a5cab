"""The cost of doing business: each cost an investor budgets for, with the stored figures that measure it.

A figure is shown with its scope (the province, Lombardy or Italy), its year and its source; a cost
with no stored figure is listed as not available, never estimated.
"""

# A module, not its names: figures imports the models, which import the cost page that reads this.
from indicators import figures
from indicators.models import CostItem, indicators_in, oldest_current_year
from indicators.territory_codes import ITALY, LOMBARDY, PROVINCE_CODES, territory_name


def scopes(code):
    """The territories whose figures answer for `code`: itself when it is a province, then Lombardy and Italy."""
    return [c for c in (code, LOMBARDY, ITALY) if c] if code in PROVINCE_CODES else [LOMBARDY, ITALY]


def cost_items(code, locale):
    """[{key, label, rows: [{indicator, scope, value}]}] for every cost, in CostItem's order."""
    indicators = [i for i in indicators_in(locale).values() if i.cost_item]
    places = scopes(code)
    latest = figures.latest_values(places)
    oldest_year = oldest_current_year()
    items = []
    for key, label in CostItem.choices:
        rows = []
        for indicator in sorted((i for i in indicators if i.cost_item == key), key=lambda i: (i.sort_order, i.name)):
            for place in places:
                value = latest.get((indicator.key, place))
                if value is not None:
                    value.older = value.year < oldest_year
                    rows.append({"indicator": indicator, "scope": territory_name(place), "value": value})
        items.append({"key": key, "label": label, "rows": rows})
    return items
