"""Numbers, amounts, areas, percentages and dates as the active language writes them.

7,500,000 / 7.500.000; €7,500,000 / 7.500.000 €; 40,000 m² / 40.000 m²; 44.6% / 44,6%; 1 October 2026 /
1 ottobre 2026. Digits and separators come from Django's formats for the language, and
home/formats where the site writes otherwise (dates, French and Chinese grouping, Arabic separators);
where the unit goes is a translated pattern, so each catalogue places it as its language does. For
templates (home/templatetags/numbers.py), e-mails, PDFs and exports read by people; machine files (CSV,
GeoJSON, API) keep plain numbers.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.template.defaultfilters import floatformat
from django.utils import formats, timezone
from django.utils.translation import gettext as _

NBSP = "\u00a0"  # between a number and its unit, so a line never breaks inside "7.500.000 €"


def _is_empty(value):
    return value is None or value == ""


def _with_unit(pattern, amount):
    return (pattern % {"amount": amount}).replace(" ", NBSP)


def number(value, decimals=0):
    """Grouped in thousands, rounded to `decimals` places; a negative `decimals` drops trailing zeros
    (as floatformat: -1 gives "7.5" and "7"). Anything that is not a number is returned unchanged."""
    if _is_empty(value) or isinstance(value, bool):
        return value
    try:
        Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value
    return str(floatformat(value, f"{int(decimals)}g"))


def euro(value, decimals=0):
    if _is_empty(value):
        return ""
    # Translators: an amount in euro; put the sign where your language does (Italian: "%(amount)s €").
    return _with_unit(_("€%(amount)s"), number(value, decimals))


def square_metres(value, decimals=0):
    if _is_empty(value):
        return ""
    return _with_unit(_("%(amount)s m²"), number(value, decimals))


def percent(value, decimals=-1):
    if _is_empty(value):
        return ""
    # Translators: a percentage; Italian writes it as English does, "44,6%".
    return _with_unit(_("%(amount)s%%"), number(value, decimals))


def date(value, format_name="DATE_FORMAT"):
    """A date (or datetime, in the current time zone) in one of the language's named formats."""
    if _is_empty(value):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, format_name)
