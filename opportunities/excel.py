"""The owners' Excel template ("Opportunity Lombardy") and its importer.

The template has one sheet of sites (headers in Italian and English, a drop-down list for every
coded column, an example row), an instructions sheet in both languages, and a hidden sheet of codes.

The importer checks the file before opening it (extension and size here, then every part of the zip
and its XML in opportunities.workbook_guard, which also bounds the sheet's real extent), reads it with
openpyxl in read-only mode within a time budget, validates every row
with a Django form and reports every problem as (row, column, message). By default a file with any
error imports nothing; `force=True` imports the valid rows; `dry_run=True` writes nothing. Rows are
matched on the owner's reference, so importing the same file twice changes nothing.
"""

import io
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from opportunities import geo
from opportunities.choices import (
    Category,
    EnvironmentalStatus,
    Kind,
    Ownership,
    PermittedUse,
    PlanningStatus,
    Province,
    Tenure,
)
from opportunities.forms import CHOICE_MESSAGES, NUMBER_MESSAGES
from opportunities.models import LAT_RANGE, LON_RANGE, OwnerSubmission
from opportunities.workbook_guard import Deadline, ImportRefused, damaged, inspect_archive
from territories.geography import misplaced_point_message

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, per member: more is a zip bomb
MAX_ROWS = 500
SHEET = "Siti - Sites"
FIRST_DATA_ROW = 3  # row 1: headers, row 2: the example
LAST_ROW = FIRST_DATA_ROW + MAX_ROWS  # the template's drop-down lists end here
# Checks, loading and reading of a full 500-row template take about 1 s; a file that needs far more
# is not the template.
READ_BUDGET_SECONDS = 10
EXAMPLE_REFERENCE = "ESEMPIO-EXAMPLE"
YES = {"si", "sì", "yes", "y", "s", "true", "1", "x"}
NO = {"no", "n", "false", "0", ""}


class YesNoField(forms.Field):
    default_error_messages = {"invalid": gettext_lazy("Enter “sì”/“yes” or “no”.")}

    def to_python(self, value):
        text = str(value if value is not None else "").strip().lower()
        if value is True or text in YES:
            return True
        if value is False or text in NO:
            return False
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


class UsesField(forms.Field):
    """Permitted uses as codes separated by ';' or ','."""

    def to_python(self, value):
        codes = [c.strip().lower() for c in re.split(r"[;,]", str(value or "")) if c.strip()]
        unknown = [c for c in codes if c not in PermittedUse.values]
        if unknown:
            raise forms.ValidationError(CHOICE_MESSAGES["invalid_choice"], params={"value": unknown[0]})
        return codes


def _int(required=False):
    return forms.IntegerField(required=required, min_value=0, error_messages=NUMBER_MESSAGES)


def _choice(choices, required=True):
    return forms.ChoiceField(choices=[("", ""), *list(choices)], required=required, error_messages=CHOICE_MESSAGES)


class SiteRowForm(forms.Form):
    """One row of the template; field order is the column order."""

    reference = forms.CharField(max_length=60)
    title = forms.CharField(max_length=255)
    kind = _choice(Kind.choices)
    category = _choice(Category.choices)
    address = forms.CharField(max_length=255, required=False)
    municipality = forms.CharField(max_length=100)
    province = _choice(Province.choices)
    latitude = forms.FloatField(required=False, min_value=LAT_RANGE[0], max_value=LAT_RANGE[1])
    longitude = forms.FloatField(required=False, min_value=LON_RANGE[0], max_value=LON_RANGE[1])
    site_area_m2 = _int()
    covered_area_m2 = _int()
    buildings_count = _int()
    ceiling_height_m = forms.DecimalField(required=False, min_value=0, max_digits=5, decimal_places=2)
    permitted_uses = UsesField(required=False)
    planning_zone = forms.CharField(max_length=120, required=False)
    planning_status = _choice(PlanningStatus.choices, required=False)
    environmental_status = _choice(EnvironmentalStatus.choices, required=False)
    ownership = _choice(Ownership.choices)
    tenure = _choice(Tenure.choices)
    asking_price_eur = _int()
    available_from = forms.DateField(required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    power_kw = _int()
    has_gas = YesNoField(required=False)
    has_water = YesNoField(required=False)
    has_fibre = YesNoField(required=False)
    in_zls = YesNoField(required=False)
    in_zis = YesNoField(required=False)
    in_state_aid_area = YesNoField(required=False)
    owner_consent = YesNoField()
    description = forms.CharField(max_length=4000, required=False)

    def clean(self):
        data = super().clean()
        check_site_row(self, data)
        return data


def check_site_row(form, data):
    """Checks shared by the Excel rows and the portal's web form: a real place, coordinates in it, and the consent."""
    municipality, province = data.get("municipality"), data.get("province")
    if municipality:
        place = geo.municipality_by_name(municipality)
        if place is None:
            form.add_error("municipality", _("This is not a municipality of Lombardy in ISTAT's list."))
        elif province and place.province != province:
            form.add_error(
                "province",
                _("%(municipality)s is in the province of %(province)s.")
                % {"municipality": place.name, "province": place.province},
            )
        else:
            data["municipality"] = place.name
            latitude, longitude = data.get("latitude"), data.get("longitude")
            if latitude is not None and longitude is not None:
                message = misplaced_point_message(latitude, longitude, place.code, place.name)
                if message:
                    form.add_error("latitude", message)
    if "owner_consent" in data and data["owner_consent"] is not True:
        form.add_error("owner_consent", _("A site can be submitted only with the owner's consent to publication."))


# (field, Italian header, English header, drop-down values or None)
COLUMNS = [
    ("reference", "Codice di riferimento", "Your reference", None),
    ("title", "Titolo", "Title", None),
    ("kind", "Tipo", "Kind", Kind.values),
    ("category", "Categoria", "Category", Category.values),
    ("address", "Indirizzo", "Address", None),
    ("municipality", "Comune", "Municipality", None),
    ("province", "Provincia", "Province", Province.values),
    ("latitude", "Latitudine", "Latitude", None),
    ("longitude", "Longitudine", "Longitude", None),
    ("site_area_m2", "Superficie lotto (m²)", "Site area (m²)", None),
    ("covered_area_m2", "Superficie coperta (m²)", "Covered area (m²)", None),
    ("buildings_count", "Numero edifici", "Number of buildings", None),
    ("ceiling_height_m", "Altezza utile (m)", "Ceiling height (m)", None),
    ("permitted_uses", "Destinazioni d'uso (codici separati da ;)", "Permitted uses (codes separated by ;)", None),
    ("planning_zone", "Zona urbanistica (PGT)", "Planning zone", None),
    ("planning_status", "Stato urbanistico", "Planning status", PlanningStatus.values),
    ("environmental_status", "Stato ambientale", "Environmental status", EnvironmentalStatus.values),
    ("ownership", "Proprietà", "Ownership", Ownership.values),
    ("tenure", "Disponibilità", "Tenure", Tenure.values),
    ("asking_price_eur", "Prezzo richiesto (€)", "Asking price (€)", None),
    ("available_from", "Disponibile dal (AAAA-MM-GG)", "Available from (YYYY-MM-DD)", None),
    ("power_kw", "Potenza disponibile (kW)", "Available power (kW)", None),
    ("has_gas", "Gas", "Gas", ["sì", "no"]),
    ("has_water", "Acqua", "Water", ["sì", "no"]),
    ("has_fibre", "Fibra", "Fibre", ["sì", "no"]),
    ("in_zls", "In ZLS", "In the ZLS", ["sì", "no"]),
    ("in_zis", "In ZIS", "In a ZIS", ["sì", "no"]),
    ("in_state_aid_area", "In carta aiuti", "In the state-aid map", ["sì", "no"]),
    ("owner_consent", "Consenso alla pubblicazione", "Consent to publication", ["sì", "no"]),
    ("description", "Descrizione", "Description", None),
]
REQUIRED = {name for name, f in SiteRowForm.base_fields.items() if f.required}

EXAMPLE = {
    "reference": EXAMPLE_REFERENCE,
    "title": "Capannone logistico di esempio / Example logistics building",
    "kind": "building",
    "category": "brownfield",
    "address": "Via dell'Esempio 1",
    "municipality": "Cremona",
    "province": "CR",
    "site_area_m2": 20000,
    "covered_area_m2": 8000,
    "buildings_count": 1,
    "ceiling_height_m": 9.5,
    "permitted_uses": "logistics; industrial",
    "planning_status": "compliant",
    "environmental_status": "clean",
    "ownership": "private",
    "tenure": "either",
    "asking_price_eur": 2500000,
    "available_from": "2027-01-01",
    "power_kw": 500,
    "has_gas": "sì",
    "has_water": "sì",
    "has_fibre": "no",
    "in_zls": "sì",
    "in_zis": "no",
    "in_state_aid_area": "no",
    "owner_consent": "sì",
    "description": "Riga di esempio: non viene importata. / Example row: it is not imported.",
}

INSTRUCTIONS = [
    ("Opportunity Lombardy - modello per aree ed edifici", "Opportunity Lombardy - template for areas and buildings"),
    ("", ""),
    (
        "Compila una riga per ogni area o edificio nel foglio «Siti - Sites», dalla riga 3.",
        "Fill in one row per area or building in the “Siti - Sites” sheet, from row 3.",
    ),
    (
        "La riga 2 è un esempio e non viene importata.",
        "Row 2 is an example and is not imported.",
    ),
    (
        "Le colonne con * sono obbligatorie. Le colonne codificate hanno un menu a tendina.",
        "Columns marked * are required. Coded columns have a drop-down list.",
    ),
    (
        "Il codice di riferimento identifica il sito: reinviando il file, le righe con lo stesso codice "
        "vengono aggiornate, non duplicate.",
        "The reference identifies the site: when you send the file again, rows with the same reference are "
        "updated, not duplicated.",
    ),
    (
        "Destinazioni d'uso: uno o più codici separati da ; tra: " + ", ".join(PermittedUse.values),
        "Permitted uses: one or more codes separated by ; from: " + ", ".join(PermittedUse.values),
    ),
    (
        "Comune: il nome come nell'elenco ISTAT. Coordinate facoltative (gradi decimali WGS 84).",
        "Municipality: the name as in ISTAT's list. Coordinates are optional (decimal degrees, WGS 84).",
    ),
    (
        "Il consenso alla pubblicazione deve essere «sì» e firmato dalla proprietà.",
        "Consent to publication must be “yes” and signed by the owner.",
    ),
    ("Solo file .xlsx, senza macro, al massimo 500 righe.", "Only .xlsx files, without macros, 500 rows at most."),
]


def build_template(proponent=None):
    """The template as bytes; `proponent` (name, e-mail, organisation) pre-fills the instructions sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    codes = workbook.create_sheet("Codici - Codes")
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="E3F1EA")
    for column, (name, it, en, values) in enumerate(COLUMNS, start=1):
        star = " *" if name in REQUIRED else ""
        cell = sheet.cell(row=1, column=column, value=f"{it} / {en}{star}")
        cell.font = bold
        if name in REQUIRED:
            cell.fill = required_fill
        sheet.cell(row=2, column=column, value=EXAMPLE.get(name))
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(14, min(40, len(it) + 4))
        if values:
            codes.cell(row=1, column=column, value=name).font = bold
            for row, value in enumerate(values, start=2):
                codes.cell(row=row, column=column, value=value)
            validation = DataValidation(
                type="list",
                formula1=f"='{codes.title}'!${letter}$2:${letter}${len(values) + 1}",
                allow_blank=name not in REQUIRED,
                showErrorMessage=True,
                errorTitle="Valore non valido / Invalid value",
                error="Scegli un valore dall'elenco / Choose a value from the list",
            )
            sheet.add_data_validation(validation)
            validation.add(f"{letter}{FIRST_DATA_ROW - 1}:{letter}{MAX_ROWS + FIRST_DATA_ROW}")
    sheet.freeze_panes = "C2"
    codes.sheet_state = "hidden"

    instructions = workbook.create_sheet("Istruzioni - Instructions", 0)
    instructions.column_dimensions["A"].width = 90
    instructions.column_dimensions["B"].width = 90
    instructions.append(["Italiano", "English"])
    instructions["A1"].font = instructions["B1"].font = bold
    for it, en in INSTRUCTIONS:
        instructions.append([it, en])
    if proponent:
        instructions.append([])
        instructions.append(["Proponente", "Proponent"])
        for label_it, label_en, key in (
            ("Nome", "Name", "name"),
            ("E-mail", "E-mail", "email"),
            ("Organizzazione", "Organisation", "organisation"),
        ):
            instructions.append([f"{label_it}: {proponent.get(key, '')}", f"{label_en}: {proponent.get(key, '')}"])
    workbook.active = workbook.index(sheet)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    rows: int = 0
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self):
        return not self.errors


def check_file(name, data, deadline=None):
    """Refuses anything that is not a plain, reasonably sized .xlsx, before openpyxl reads it."""
    if not str(name).lower().endswith(".xlsx"):
        raise ImportRefused(_("Only Excel .xlsx files are accepted."))
    if len(data) > MAX_BYTES:
        raise ImportRefused(_("The file is larger than %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)})
    inspect_archive(
        data,
        sheet=SHEET,
        max_rows=LAST_ROW,
        max_columns=len(COLUMNS),
        max_uncompressed=MAX_UNCOMPRESSED_BYTES,
        max_ratio=MAX_RATIO,
        deadline=deadline or Deadline(READ_BUDGET_SECONDS),
    )


def _cell(value):
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def read_rows(data, deadline=None):
    """[(row number, {field: value})] of the sites sheet, from row 3, skipping empty rows.

    `data` has passed check_file; whatever openpyxl still finds wrong with it is one refusal.
    """
    deadline = deadline or Deadline(READ_BUDGET_SECONDS)
    try:
        return _read_rows(data, deadline)
    except ImportRefused:
        raise
    except Exception as error:  # openpyxl raises anything from KeyError to TypeError on a damaged file
        logger.info("Excel import refused a damaged workbook: %r", error)
        raise damaged() from error


def _read_rows(data, deadline):
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        deadline.check()
        if SHEET not in workbook.sheetnames:
            raise ImportRefused(_("The sheet “%(sheet)s” is missing: please use the template.") % {"sheet": SHEET})
        sheet = workbook[SHEET]
        rows = []
        # Both bounds: without them openpyxl walks every empty cell up to the sheet's declared extent.
        cells = sheet.iter_rows(min_row=FIRST_DATA_ROW, max_row=LAST_ROW, max_col=len(COLUMNS), values_only=True)
        for number, values in enumerate(cells, start=FIRST_DATA_ROW):
            deadline.check()
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportRefused(_("The file has more than %(max)s sites.") % {"max": MAX_ROWS})
            record = {name: _cell(value) for (name, *_rest), value in zip(COLUMNS, values, strict=False)}
            if record.get("reference") == EXAMPLE_REFERENCE:
                continue
            rows.append((number, record))
        return rows
    finally:
        workbook.close()


HEADERS = {name: f"{it} / {en}" for name, it, en, _values in COLUMNS}


def facts_json(data):
    out = {}
    for key, value in data.items():
        if key in {"reference", "title"}:
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif hasattr(value, "as_tuple"):  # Decimal
            value = str(value)
        out[key] = value
    return out


def import_workbook(
    name,
    data,
    *,
    proponent_email,
    proponent_name="",
    organisation="",
    dry_run=False,
    force=False,
    proponent=None,
    delegation="",
):
    """Validates every row; imports only a clean file unless forced. Returns an ImportReport.

    From the owners' portal, `proponent` links the rows to the signed-in account and `delegation`
    (a stored file name) is attached to each of them; a row sent back for changes is resubmitted.
    """
    report = ImportReport(dry_run=dry_run)
    deadline = Deadline(READ_BUDGET_SECONDS)
    check_file(name, data, deadline)
    rows = read_rows(data, deadline)
    report.rows = len(rows)
    valid = []
    seen = {}
    for number, record in rows:
        form = SiteRowForm(data={k: ("" if v is None else v) for k, v in record.items()})
        if form.is_valid():
            reference = form.cleaned_data["reference"]
            if reference in seen:
                report.errors.append(
                    RowError(
                        number, HEADERS["reference"], _("Same reference as row %(row)s.") % {"row": seen[reference]}
                    )
                )
                continue
            seen[reference] = number
            valid.append((number, form.cleaned_data))
        for field_name, messages in form.errors.items():
            column = HEADERS.get(field_name, "")
            for message in messages:
                report.errors.append(RowError(number, column, message))
    order = {header: position for position, header in enumerate(HEADERS.values())}
    report.errors.sort(key=lambda e: (e.row, order.get(e.column, len(order))))
    if report.errors and not force:
        return report
    with transaction.atomic():
        for number, cleaned in valid:
            facts = facts_json(cleaned)
            existing = OwnerSubmission.objects.filter(
                proponent_email__iexact=proponent_email, reference=cleaned["reference"]
            ).first()
            if existing is None:
                report.created.append(number)
                if not dry_run:
                    OwnerSubmission.objects.create(
                        proponent_email=proponent_email,
                        proponent_name=proponent_name,
                        organisation=organisation,
                        reference=cleaned["reference"],
                        title=cleaned["title"],
                        facts=facts,
                        proponent=proponent,
                        delegation=delegation,
                    )
            elif existing.facts == facts and existing.title == cleaned["title"]:
                report.unchanged.append(number)
            else:
                report.updated.append(number)
                if not dry_run:
                    existing.facts, existing.title = facts, cleaned["title"]
                    if existing.status == OwnerSubmission.Status.CHANGES_REQUESTED:
                        existing.status = OwnerSubmission.Status.SUBMITTED
                    if delegation:
                        existing.delegation = delegation
                    existing.save()
        report.committed = not dry_run
    return report
