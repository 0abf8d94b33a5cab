"""CSV import of indicator values, one row per territory, indicator and year; the command and the admin share it.

Every row is checked before anything is written; every bad row is reported with its line number. A file
with a bad row commits nothing unless the caller asks to keep the good rows. Re-importing a file changes
nothing: a row updates the value of its (indicator, territory, year).
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from indicators.models import Indicator, IndicatorValue
from indicators.territory_codes import TERRITORIES

COLUMNS = ["indicator", "territory", "year", "date", "value", "source", "dataset", "url", "note", "approximate"]
REQUIRED = ["indicator", "territory", "year", "value", "source"]
TRUE = {"1", "true", "yes", "y", "x", "sì", "si"}
MAX_BYTES = 2 * 1024 * 1024


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)  # (line number, message)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    committed: bool = False

    @property
    def rows_written(self):
        return self.created + self.updated


def decode(raw):
    """Text of an uploaded file (UTF-8, with or without BOM); None when it is not text."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def import_csv(text, commit_valid=False):
    """Check every row of text, then write them all, or, with commit_valid, the good ones despite bad ones."""
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        report.errors.append((1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}))
        return report
    indicators = {i.key: i for i in Indicator.objects.filter(locale=Locale.get_default())}
    good, seen = [], {}
    for line, row in enumerate(reader, start=2):
        values, problems = _check_row(row, indicators)
        if not problems:
            identity = (values["indicator"].key, values["territory"], values["year"])
            if identity in seen:
                problems.append(_("Same indicator, territory and year as line %(line)s.") % {"line": seen[identity]})
            seen[identity] = line
        if problems:
            report.errors.extend((line, problem) for problem in problems)
        else:
            good.append(values)
    if report.errors and not commit_valid:
        return report
    with transaction.atomic():
        for values in good:
            _write(values, report)
    report.committed = True
    return report


def _check_row(row, indicators):
    def cell(name):
        return (row.get(name) or "").strip()

    problems, values = [], {}
    for name in REQUIRED:
        if not cell(name):
            problems.append(_("The column “%(column)s” is empty.") % {"column": name})
    key, territory = cell("indicator"), cell("territory").upper()
    if key and key not in indicators:
        problems.append(_("Unknown indicator “%(key)s”.") % {"key": key})
    values["indicator"] = indicators.get(key)
    if territory and territory not in dict(TERRITORIES):
        problems.append(_("Unknown territory code “%(code)s”.") % {"code": cell("territory")})
    values["territory"] = territory
    if cell("year"):
        if cell("year").isdigit() and 1900 <= int(cell("year")) <= 2100:
            values["year"] = int(cell("year"))
        else:
            problems.append(_("The year “%(year)s” is not a year such as 2024.") % {"year": cell("year")})
    values["date"] = None
    if cell("date"):
        try:
            values["date"] = date.fromisoformat(cell("date"))
        except ValueError:
            problems.append(_("The date “%(date)s” is not a date such as 2024-01-01.") % {"date": cell("date")})
    if cell("value"):
        try:
            values["value"] = Decimal(cell("value"))
            if not values["value"].is_finite():
                raise InvalidOperation
        except InvalidOperation:
            problems.append(
                _("The value “%(value)s” is not a number (use a dot for decimals).") % {"value": cell("value")}
            )
    values["url"] = cell("url")
    if values["url"]:
        try:
            URLValidator(schemes=["http", "https"])(values["url"])
        except ValidationError:
            problems.append(_("The address “%(url)s” is not a web address.") % {"url": values["url"]})
    for name, limit in (("source", 400), ("dataset", 300), ("note", 1000)):
        values[name] = cell(name)
        if len(values[name]) > limit:
            problems.append(
                _("The column “%(column)s” is longer than %(limit)s characters.") % {"column": name, "limit": limit}
            )
    values["approximate"] = cell("approximate").lower() in TRUE
    return values, problems


def _write(values, report):
    fields = {k: values[k] for k in ("date", "value", "source", "dataset", "url", "note", "approximate")}
    existing = IndicatorValue.objects.filter(
        indicator=values["indicator"], territory=values["territory"], year=values["year"]
    ).first()
    if existing is None:
        IndicatorValue.objects.create(
            indicator=values["indicator"], territory=values["territory"], year=values["year"], **fields
        )
        report.created += 1
    elif any(getattr(existing, k) != v for k, v in fields.items()):
        for k, v in fields.items():
            setattr(existing, k, v)
        existing.save()
        report.updated += 1
    else:
        report.unchanged += 1
