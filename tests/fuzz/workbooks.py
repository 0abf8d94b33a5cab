"""Malformed .xlsx files, made from the real template so that only the named flaw differs.

Shared by the importer's tests, the fuzz test of every upload endpoint and benchmarks/excel_hostile.py.
Each entry of HOSTILE is (builder, a fragment of the English refusal message).
"""

import io
import random
import struct
import warnings
import zipfile

from opportunities.excel import build_template

SHEET_PART = "xl/worksheets/sheet2.xml"  # the sites sheet of the template (openpyxl's numbering)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

DAMAGED = "damaged or is not a valid Excel workbook"
NOT_XLSX = "not an Excel .xlsx file"
DECLARATIONS = "XML declarations that are not allowed"
NOT_UTF8 = "not in UTF-8"
OUTSIDE = "outside the template"
TOO_MUCH = "too much data"


def members(data=None):
    with zipfile.ZipFile(io.BytesIO(data or build_template())) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(replace=None, *, compression=None, extra=None):
    """The template with some parts replaced (name -> bytes), or each written with `compression`
    (name -> method), plus `extra` parts."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in members():
            method = (compression or {}).get(info.filename, zipfile.ZIP_DEFLATED)
            archive.writestr(info.filename, (replace or {}).get(info.filename, content), compress_type=method)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return output.getvalue()


def _central_entries(data):
    """Offsets of each central-directory entry, with its name."""
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        yield position, data[position + 46 : position + 46 + name_length].decode()
        position = data.find(b"PK\x01\x02", position + 46)


def patch_central(data, name, offset, fmt, value):
    data = bytearray(data)
    for position, entry in _central_entries(bytes(data)):
        if entry == name:
            struct.pack_into(fmt, data, position + offset, value)
    return bytes(data)


def corrupt_checksum():
    data = bytearray(rezip(compression={SHEET_PART: zipfile.ZIP_STORED}))
    start = data.find(b"<sheetData>")
    data[start + 1 : start + 2] = b"S"  # one byte of the stored sheet changed; its CRC-32 stays
    return bytes(data)


def declared_size(delta):
    def build():
        data = rezip()
        size = {i.filename: i.file_size for i, _content in members(data)}[SHEET_PART]
        return patch_central(data, SHEET_PART, 24, "<I", size + delta)

    return build


def encrypted_flag():
    data = rezip()
    flags = next(i.flag_bits for i, _content in members(data) if i.filename == SHEET_PART)
    return patch_central(data, SHEET_PART, 8, "<H", flags | 0x1)


def compressed_with(method):
    return lambda: rezip(compression={SHEET_PART: method})


def sheet_xml(rows_xml, dimension="A1:AD503"):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN_NS}">'
        f'<dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>'
    ).encode()


def truncated_sheet():
    sheet = {i.filename: c for i, c in members()}[SHEET_PART]
    return rezip({SHEET_PART: sheet[: len(sheet) // 2]})


def garbage_part(name):
    return lambda: rezip({name: bytes(random.Random(12).randrange(256) for _ in range(2000))})


def utf16_with_dtd():
    text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY e "x">]>'
    return rezip({SHEET_PART: (text + f'<worksheet xmlns="{MAIN_NS}"><sheetData/></worksheet>').encode("utf-16")})


def latin1_declaration():
    text = f'<?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="{MAIN_NS}"><sheetData/></worksheet>'
    return rezip({SHEET_PART: text.encode("latin-1")})


def billion_laughs():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol%s;" % (n - 1 if n > 1 else "")) * 10}">' for n in range(1, 10)
    )
    return rezip({"xl/workbook.xml": f"<?xml version='1.0'?><!DOCTYPE lolz [{entities}]><lolz>&lol9;</lolz>".encode()})


def data_in_column_zz():
    """About 2.7 MB, within every size limit: a value in column ZZ on each of 230,000 rows, which the
    template's 30 columns see as empty rows."""
    rng = random.Random(7)
    rows = "".join(f'<row r="{r}"><c r="ZZ{r}"><v>{rng.randrange(10**9)}</v></c></row>' for r in range(3, 230_000))
    return rezip({SHEET_PART: sheet_xml(rows, dimension="A1:ZZ230000")})


def data_in_row_one_million():
    return rezip({SHEET_PART: sheet_xml('<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row>')})


def cells_without_references():
    """The same cell repeated far more often than the template has cells (no `r`: each follows the last)."""
    return rezip({SHEET_PART: sheet_xml('<row r="3">' + "<c><v>1</v></c>" * 40 + "</row>")})


def repeated_cell():
    return rezip({SHEET_PART: sheet_xml('<row r="3">' + '<c r="A3"><v>1</v></c>' * 70_000 + "</row>")})


def duplicate_part():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate it is asked to write
        for info, content in members():
            archive.writestr(info.filename, content)
        archive.writestr(SHEET_PART, sheet_xml(""))
    return output.getvalue()


def many_parts():
    return rezip(extra={f"xl/media/part{n}.bin": b"x" for n in range(300)})


def truncated_zip():
    data = build_template()
    return data[: len(data) - 40]


HOSTILE = {
    "corrupt checksum": (corrupt_checksum, DAMAGED),
    "declared size too small": (declared_size(-100), DAMAGED),
    "declared size too large": (declared_size(+100), DAMAGED),
    "bzip2 member": (compressed_with(zipfile.ZIP_BZIP2), "compressed in a way Excel does not use"),
    "lzma member": (compressed_with(zipfile.ZIP_LZMA), "compressed in a way Excel does not use"),
    "encrypted member": (encrypted_flag, "protected by a password"),
    "truncated sheet XML": (truncated_sheet, DAMAGED),
    "unreadable styles": (garbage_part("xl/styles.xml"), DAMAGED),
    "UTF-16 with a DTD": (utf16_with_dtd, NOT_UTF8),
    "Latin-1 declaration": (latin1_declaration, NOT_UTF8),
    "billion laughs": (billion_laughs, DECLARATIONS),
    "data in column ZZ": (data_in_column_zz, OUTSIDE),
    "data in row 1,000,000": (data_in_row_one_million, OUTSIDE),
    "cells past column AD without references": (cells_without_references, OUTSIDE),
    "one cell repeated 70,000 times": (repeated_cell, TOO_MUCH),
    "two parts with one name": (duplicate_part, DAMAGED),
    "300 parts": (many_parts, TOO_MUCH),
    "truncated zip": (truncated_zip, NOT_XLSX),
    "empty file": (lambda: b"", NOT_XLSX),
}
