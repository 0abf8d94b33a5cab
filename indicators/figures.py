"""What pages read: a territory's latest figures by category, beside Lombardy and Italy; comparisons; ranks.

Only stored values are shown, each with its year and source; a territory without a value for an
indicator simply has no row for it (or "not available" where a table needs the cell).
"""

from django.conf import settings
from django.urls import reverse

from home.content_version import kept
from indicators.models import Indicator, IndicatorValue, indicators_in, oldest_current_year
from indicators.territory_codes import COMPARABLE, ITALY, LOMBARDY, PROVINCE_CODES, territory_name


def latest_values(codes):
    """{(indicator key, territory code): the value of the latest year} for codes, kept with the shared
    fragments (a value saved or deleted, by hand or by an import, retires them: indicators/apps.py)."""
    codes = sorted(set(codes))
    return kept(f"latest-values:{','.join(codes)}", lambda: _latest_values(codes))


def _latest_values(codes):
    latest = {}
    values = IndicatorValue.objects.filter(territory__in=codes).select_related("indicator").order_by("year")
    for value in values:
        latest[(value.indicator.key, value.territory)] = value
    return latest


def _mark(value, oldest_year):
    if value is not None:
        value.older = value.year < oldest_year
    return value


def _groups(rows_by_key, indicators):
    groups = []
    for category, label in Indicator.Category.choices:
        rows = [row for key, row in rows_by_key.items() if indicators[key].category == category]
        if rows:
            rows.sort(key=lambda row: (row["indicator"].sort_order, row["indicator"].name))
            groups.append({"category": category, "label": label, "rows": rows})
    return groups


def territory_card(code, locale):
    """The card's key indicators of territory code, grouped by category, each beside Lombardy's and Italy's."""
    if not code:
        return []
    indicators = indicators_in(locale)
    latest = latest_values([code, LOMBARDY, ITALY])
    oldest_year = oldest_current_year()
    rows = {}
    for (key, territory), value in latest.items():
        if territory != code or key not in indicators:
            continue
        row = {
            "indicator": indicators[key],
            "value": _mark(value, oldest_year),
            "references": [
                {"code": ref, "name": territory_name(ref), "value": _mark(latest.get((key, ref)), oldest_year)}
                for ref in (LOMBARDY, ITALY)
                if ref != code
            ],
        }
        row["bars"] = _bars(code, row)
        rows[key] = row
    return _groups(rows, indicators)


def _bars(code, row):
    """The territory's value and the references', each a share of the largest (for the .bar-w-N classes)."""
    entries = [(territory_name(code), row["value"])] + [
        (ref["name"], ref["value"]) for ref in row["references"] if ref["value"] is not None
    ]
    if len(entries) < 2:
        return []
    highest = max(abs(value.value) for _name, value in entries) or 1
    return [
        {"name": name, "value": value, "percent": round(100 * abs(value.value) / highest)} for name, value in entries
    ]


def comparison(codes, locale):
    """Rows of every indicator at least one of codes has: [{indicator, cells: [value or None per code]}]."""
    indicators = indicators_in(locale)
    latest = latest_values(codes)
    oldest_year = oldest_current_year()
    rows = {}
    for key in {key for key, _code in latest}:
        if key in indicators:
            rows[key] = {
                "indicator": indicators[key],
                "cells": [_mark(latest.get((key, code)), oldest_year) for code in codes],
            }
    return _groups(rows, indicators)


def ranking(key, locale):
    """(indicator, the provinces with a value of it ranked best first by higher_is_better, names of those without)."""
    indicator = indicators_in(locale).get(key)
    if indicator is None:
        return None, [], []
    latest = latest_values(PROVINCE_CODES)
    oldest_year = oldest_current_year()
    ranked = [(code, _mark(latest[(key, code)], oldest_year)) for code in PROVINCE_CODES if (key, code) in latest]
    ranked.sort(key=lambda pair: pair[1].value, reverse=indicator.higher_is_better)
    rows = [
        {"rank": n, "code": code, "name": territory_name(code), "value": value}
        for n, (code, value) in enumerate(ranked, 1)
    ]
    missing = [territory_name(code) for code in PROVINCE_CODES if (key, code) not in latest]
    return indicator, rows, missing


def card_context(code, locale):
    """What a territory card's template needs (territories/models.py TerritoryPage.get_context)."""
    compare_url = f"{reverse('indicators_compare')}?t={code}" if code in dict(COMPARABLE) else ""
    return {
        "indicator_groups": territory_card(code, locale),
        "max_age_years": settings.INDICATORS_MAX_AGE_YEARS,
        "compare_url": compare_url,
    }
