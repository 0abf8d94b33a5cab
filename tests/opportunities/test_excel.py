"""The owners' Excel template and the importer: row-level errors, idempotence, hostile files."""

import io
import time
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from openpyxl import load_workbook

from opportunities import excel
from opportunities.excel import (
    COLUMNS,
    EXAMPLE_REFERENCE,
    HEADERS,
    MAX_ROWS,
    SHEET,
    ImportRefused,
    build_template,
    import_workbook,
)
from opportunities.models import OpportunityPage, OwnerSubmission
from opportunities.workbook_guard import column_letters
from tests.fuzz import workbooks
from tests.fuzz.workbooks import HOSTILE

pytestmark = pytest.mark.django_db

GOOD = {
    "reference": "SITE-1",
    "title": "Logistics plot",
    "kind": "area",
    "category": "greenfield",
    "municipality": "Lodi",
    "province": "LO",
    "site_area_m2": 30000,
    "permitted_uses": "logistics; industrial",
    "ownership": "private",
    "tenure": "sale",
    "asking_price_eur": 1500000,
    "power_kw": 800,
    "has_water": "sì",
    "owner_consent": "sì",
}

GOOD_CELLS = [
    (column_letters(position), GOOD[name]) for position, (name, *_rest) in enumerate(COLUMNS, start=1) if name in GOOD
]


def workbook_bytes(rows):
    """The real template with `rows` (dicts by field name) written from row 3."""
    workbook = load_workbook(io.BytesIO(build_template()))
    sheet = workbook[SHEET]
    positions = {name: column for column, (name, *_rest) in enumerate(COLUMNS, start=1)}
    for offset, row in enumerate(rows):
        for name, value in row.items():
            sheet.cell(row=3 + offset, column=positions[name], value=value)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def run(data, **kwargs):
    return import_workbook("sites.xlsx", data, proponent_email="owner@example.com", **kwargs)


def test_template_has_bilingual_headers_dropdowns_example_and_instructions():
    workbook = load_workbook(io.BytesIO(build_template({"name": "Ada", "email": "ada@example.com"})))
    assert workbook.sheetnames[0] == "Istruzioni - Instructions"
    sheet = workbook[SHEET]
    assert sheet["A1"].value == "Codice di riferimento / Your reference *"
    assert sheet["F1"].value == "Comune / Municipality *"
    assert sheet["A2"].value == EXAMPLE_REFERENCE
    validated = {str(v.sqref).split(":")[0] for v in sheet.data_validations.dataValidation}
    assert {"C2", "D2", "G2", "S2"} <= validated  # kind, category, province, tenure
    instructions = " ".join(str(c.value) for row in workbook["Istruzioni - Instructions"].iter_rows() for c in row)
    assert "Fill in one row per area or building" in instructions and "Compila una riga" in instructions
    assert "ada@example.com" in instructions


def test_untouched_template_imports_nothing_and_reports_nothing():
    report = run(build_template())
    assert report.ok and report.rows == 0 and OwnerSubmission.objects.count() == 0


def test_every_problem_is_reported_with_row_and_column_and_nothing_is_imported():
    rows = [
        GOOD,
        {**GOOD, "reference": "SITE-2", "municipality": "Bergamo", "province": "CR"},  # wrong province
        {**GOOD, "reference": "SITE-3", "site_area_m2": -100},  # negative area
        {**GOOD, "reference": "SITE-4", "power_kw": "lots"},  # text in a number column
        {**GOOD, "reference": "SITE-5", "title": None},  # missing required field
        {**GOOD, "reference": "SITE-6", "kind": "warehouse"},  # unknown code
        {**GOOD, "reference": "SITE-7", "owner_consent": "no"},
    ]
    report = run(workbook_bytes(rows))
    found = {(e.row, e.column, e.message) for e in report.errors}
    assert found == {
        (4, HEADERS["province"], "Bergamo is in the province of BG."),
        (5, HEADERS["site_area_m2"], "Enter a number that is not negative."),
        (6, HEADERS["power_kw"], "Enter a whole number."),
        (7, HEADERS["title"], "This field is required."),
        (8, HEADERS["kind"], "“warehouse” is not one of the options."),
        (9, HEADERS["owner_consent"], "A site can be submitted only with the owner's consent to publication."),
    }
    assert not report.committed
    assert OwnerSubmission.objects.count() == 0


def test_force_imports_only_the_valid_rows():
    report = run(workbook_bytes([GOOD, {**GOOD, "reference": "SITE-2", "site_area_m2": -1}]), force=True)
    assert report.created == [3]
    assert list(OwnerSubmission.objects.values_list("reference", flat=True)) == ["SITE-1"]


def test_same_good_file_twice_changes_nothing():
    data = workbook_bytes([GOOD, {**GOOD, "reference": "SITE-2", "municipality": "Melzo", "province": "MI"}])
    first = run(data)
    assert first.ok and first.created == [3, 4]
    before = list(OwnerSubmission.objects.values_list("pk", "updated_at"))
    second = run(data)
    assert second.created == [] and second.updated == [] and second.unchanged == [3, 4]
    assert list(OwnerSubmission.objects.values_list("pk", "updated_at")) == before
    # A changed row is an update of the same submission, matched on the owner's reference.
    third = run(workbook_bytes([{**GOOD, "site_area_m2": 31000}]))
    assert third.updated == [3]
    assert OwnerSubmission.objects.get(reference="SITE-1").facts["site_area_m2"] == 31000


def test_dry_run_writes_nothing():
    report = run(workbook_bytes([GOOD]), dry_run=True)
    assert report.created == [3] and not report.committed
    assert OwnerSubmission.objects.count() == 0


def _zip(members):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return output.getvalue()


def _template_with(replacements):
    source = zipfile.ZipFile(io.BytesIO(build_template()))
    members = {name: source.read(name) for name in source.namelist()}
    members.update(replacements)
    return _zip(members)


ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</workbook>'
)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("sites.xls", lambda: b"anything", "Only Excel .xlsx files are accepted."),
        ("sites.xlsx", lambda: b"PK this is not a zip", "This is not an Excel .xlsx file."),
        ("sites.xlsx", lambda: _zip({"hello.txt": b"hi"}), "This is not an Excel .xlsx file."),
        ("sites.xlsx", lambda: _template_with({"xl/sharedStrings.xml": b"0" * (60 * 1024 * 1024)}), "too much data"),
        ("sites.xlsx", lambda: _template_with({"xl/workbook.xml": ENTITY_BOMB}), "XML declarations"),
        ("sites.xlsx", lambda: _template_with({"xl/vbaProject.bin": b"macro"}), "macros"),
        ("sites.xlsx", lambda: b"PK" + b"0" * (6 * 1024 * 1024), "larger than 5 MB"),
    ],
)
def test_hostile_files_are_refused_quickly_with_a_clear_message(name, make, message):
    data = make()
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as refused:
        import_workbook(name, data, proponent_email="owner@example.com")
    assert message in str(refused.value)
    assert time.perf_counter() - started < 5


def test_a_huge_sheet_is_refused():
    data = workbook_bytes([{**GOOD, "reference": f"R{n}"} for n in range(MAX_ROWS + 1)])
    with pytest.raises(ImportRefused, match="more than 500 sites"):
        run(data)
    assert OwnerSubmission.objects.count() == 0


def test_accepted_submission_becomes_a_private_draft(client, catalogue):
    run(workbook_bytes([GOOD]))
    submission = OwnerSubmission.objects.get()
    page = submission.accept(catalogue[0])
    submission.refresh_from_db()
    assert submission.status == OwnerSubmission.Status.ACCEPTED and submission.opportunity_id == page.pk
    draft = OpportunityPage.objects.get(pk=page.pk)
    assert not draft.live
    assert (draft.municipality, draft.province, draft.site_area_m2) == ("Lodi", "LO", 30000)
    assert draft.permitted_uses == ["industrial", "logistics"]
    assert draft.distance_motorway_km is not None
    html = client.get("/en/opportunities/?q=Logistics+plot").content.decode()
    assert "0 sites match" in html
    assert client.get("/en/" + draft.url_path.split("/", 2)[2]).status_code == 404


def test_staff_import_screen_reports_rows(client, catalogue):
    admin = get_user_model().objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(admin)
    data = workbook_bytes([GOOD, {**GOOD, "reference": "SITE-2", "power_kw": "lots"}])
    upload = io.BytesIO(data)
    upload.name = "sites.xlsx"
    response = client.post(
        "/admin/snippets/opportunities/ownersubmission/import/",
        {"file": upload, "proponent_email": "owner@example.com"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported" in html
    assert "<td>4</td>" in html and "Enter a whole number." in html
    template = client.get("/admin/snippets/opportunities/ownersubmission/template/")
    assert template["Content-Type"].startswith("application/vnd.openxmlformats")

    def post(**extra):
        good = io.BytesIO(workbook_bytes([GOOD]))
        good.name = "good.xlsx"
        url = "/admin/snippets/opportunities/ownersubmission/import/"
        return client.post(url, {"file": good, "proponent_email": "owner@example.com", **extra}).content.decode()

    assert "Dry run: nothing was written" in post(dry_run="on")
    assert OwnerSubmission.objects.count() == 0
    assert "Imported" in post()
    assert OwnerSubmission.objects.get().reference == "SITE-1"
    listing = client.get("/admin/snippets/opportunities/ownersubmission/").content.decode()
    assert "Accept into a draft" in listing
    submission = OwnerSubmission.objects.get()
    confirm = client.get(f"/admin/snippets/opportunities/ownersubmission/accept/{submission.pk}/")
    assert "becomes a draft opportunity" in confirm.content.decode()
    response = client.post(f"/admin/snippets/opportunities/ownersubmission/accept/{submission.pk}/")
    submission.refresh_from_db()
    assert response["Location"] == f"/admin/pages/{submission.opportunity_id}/edit/"
    assert not submission.opportunity.live


def test_public_template_download(client, catalogue):
    response = client.get("/en/opportunities/owner-template/")
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.content))[SHEET]["A2"].value == EXAMPLE_REFERENCE


@pytest.mark.parametrize("flaw", list(HOSTILE))
def test_malformed_workbooks_are_refused_with_one_message_and_nothing_stored(flaw):
    build, message = HOSTILE[flaw]
    with pytest.raises(ImportRefused) as refused:
        run(build())
    assert message in str(refused.value)
    assert OwnerSubmission.objects.count() == 0


def test_a_refusal_is_in_the_language_of_the_request():
    build, _message = HOSTILE["data in column ZZ"]
    with translation.override("it"), pytest.raises(ImportRefused) as refused:
        run(build())
    assert "ha dati nella cella ZZ3, fuori dal modello" in str(refused.value)


def test_a_declared_extent_larger_than_the_data_is_not_a_refusal():
    # Excel writes a dimension as wide as any formatted cell; only cells holding data count.
    sheet = workbooks.sheet_xml(
        '<row r="3">'
        + "".join(f'<c r="{column}3" t="inlineStr"><is><t>{value}</t></is></c>' for column, value in GOOD_CELLS)
        + '<c r="ZZ3" s="0"/></row>',
        dimension="A1:XFD1048576",
    )
    report = run(workbooks.rezip({workbooks.SHEET_PART: sheet}))
    assert report.ok, report.errors
    assert OwnerSubmission.objects.get().reference == "SITE-1"


def test_reading_stops_when_the_time_budget_is_spent(monkeypatch):
    monkeypatch.setattr(excel, "READ_BUDGET_SECONDS", 0)
    with pytest.raises(ImportRefused, match="took too long to read"):
        run(workbook_bytes([GOOD]))
