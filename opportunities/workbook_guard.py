"""Safety checks on an uploaded .xlsx, done before openpyxl reads any of it.

An .xlsx is a zip of XML parts, and every part of it can lie: the zip can declare sizes it does not
hold, use compression methods or encryption Python must not be asked to undo, carry bad checksums;
the XML can be truncated, declare a DTD or entities, or come in UTF-16 to hide them from a byte
search; a sheet can hold data in column ZZ or row 1,000,000, which openpyxl would walk cell by empty
cell for minutes. So every part is decompressed here once, in chunks, with its declared size as the
cap (zipfile then verifies the checksum), and fed to defusedxml's parser, which refuses DTDs and
entities. The parser's callbacks count elements and, on the sites sheet, find the real extent of
the data, so a sheet larger than the template is refused as soon as the first cell outside it is
seen. A wall-clock deadline is checked as the parts stream through.

Every refusal is one `ImportRefused` with a translated message; nothing here lets an exception of
zipfile, zlib or the XML parser escape.
"""

import io
import posixpath
import re
import time
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from django.utils.translation import gettext as _

MAX_MEMBERS = 200  # the template has about 15 parts; images and comments add a few
MAX_ELEMENTS_PER_PART = 250_000  # a full template's largest part (shared strings) has about 50,000
CHUNK = 64 * 1024
ALLOWED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # all Excel writes
UTF8_NAMES = {"utf-8", "utf8"}
XML_DECLARATION = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
CELL_REFERENCE = re.compile(r"^([A-Z]{1,3})?([0-9]{1,7})?$")
RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class ImportRefused(Exception):
    """The file as a whole cannot be read (not an .xlsx, too large, unsafe, damaged)."""


def damaged():
    return ImportRefused(_("The file is damaged or is not a valid Excel workbook: save it again from Excel and retry."))


def too_slow():
    return ImportRefused(_("The file took too long to read: please send the template with the sites only."))


def column_letters(number):
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


class Deadline:
    """A wall-clock budget shared by the checks, openpyxl's load and the row loop."""

    def __init__(self, seconds):
        self.ends = time.monotonic() + seconds

    def check(self):
        if time.monotonic() > self.ends:
            raise too_slow()


class PartCounter:
    """A parser target that keeps nothing: it counts elements and watches the clock."""

    def __init__(self, deadline):
        self.deadline = deadline
        self.elements = 0

    def start(self, tag, attrib):
        self.elements += 1
        if self.elements > MAX_ELEMENTS_PER_PART:
            raise ImportRefused(_("The file expands to too much data to be read safely."))
        if not self.elements % 4096:
            self.deadline.check()

    def end(self, tag):
        pass

    def data(self, text):
        pass

    def close(self):
        return None


class CollectingTarget(PartCounter):
    """Also keeps the attributes of the elements named in `wanted` (small parts only)."""

    def __init__(self, deadline, wanted):
        super().__init__(deadline)
        self.wanted = wanted
        self.found = []

    def start(self, tag, attrib):
        super().start(tag, attrib)
        if tag.rsplit("}", 1)[-1] in self.wanted:
            self.found.append(dict(attrib))


class SheetExtent(PartCounter):
    """Refuses the first cell holding data outside rows 1..max_rows and columns 1..max_columns.

    A cell counts when it has a value, an inline string or a formula; a cell that is only formatted
    does not (Excel writes those when a whole column is coloured). Cells and rows without an `r`
    attribute follow the previous one, as the format says.
    """

    def __init__(self, deadline, sheet, max_rows, max_columns):
        super().__init__(deadline)
        self.sheet, self.max_rows, self.max_columns = sheet, max_rows, max_columns
        # Formatted empty cells are allowed too (a coloured block wider than the template), within reason.
        self.max_cells = 4 * max_rows * max_columns
        self.row = self.column = self.cells = 0
        self.in_cell = False

    def start(self, tag, attrib):
        super().start(tag, attrib)
        name = tag.rsplit("}", 1)[-1]
        if name == "row":
            self.row = self._number(attrib.get("r"), self.row + 1)
            self.column = 0
        elif name == "c":
            self.cells += 1
            if self.cells > self.max_cells:  # repeated or unreferenced cells: more than the template holds
                raise ImportRefused(_("The file expands to too much data to be read safely."))
            self.in_cell = True
            match = CELL_REFERENCE.match(attrib.get("r", "").upper())
            if match is None:
                raise damaged()
            letters, digits = match.groups()
            self.column = column_number(letters) if letters else self.column + 1
            if digits:
                self.row = int(digits)
        elif self.in_cell and name in {"v", "is", "f"} and (self.row > self.max_rows or self.column > self.max_columns):
            self._refuse()

    def end(self, tag):
        if tag.rsplit("}", 1)[-1] == "c":
            self.in_cell = False

    @staticmethod
    def _number(text, default):
        if text is None:
            return default
        if not text.isascii() or not text.isdigit() or len(text) > 7:
            raise damaged()
        return int(text)

    def _refuse(self):
        raise ImportRefused(
            _(
                "The sheet “%(sheet)s” has data in cell %(cell)s, outside the template (columns A to %(column)s, "
                "rows 1 to %(row)s): delete it and send the file again."
            )
            % {
                "sheet": self.sheet,
                "cell": f"{column_letters(self.column)}{self.row}",
                "column": column_letters(self.max_columns),
                "row": self.max_rows,
            }
        )


def _check_encoding(head):
    """Excel writes UTF-8 only; any other encoding could hide a DTD from a byte search."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x4c\x6f\xa7\x94")) or (
        len(head) > 1 and head[1:2] == b"\x00"
    ):
        raise ImportRefused(_("The file's XML is not in UTF-8, as Excel writes it: save it again from Excel."))
    match = XML_DECLARATION.match(head.removeprefix(b"\xef\xbb\xbf"))
    if match and match.group(1).decode("ascii", "replace").lower() not in UTF8_NAMES:
        raise ImportRefused(_("The file's XML is not in UTF-8, as Excel writes it: save it again from Excel."))


def _read_member(archive, member, target, deadline):
    """Decompresses one part (checksum verified by zipfile), parsing it if it is XML."""
    is_xml = member.filename.lower().endswith((".xml", ".rels", ".vml"))
    parser = DefusedXMLParser(target=target, forbid_dtd=True) if is_xml else None
    read = 0
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(CHUNK):
                if parser is not None and read == 0:
                    _check_encoding(chunk[:200])
                read += len(chunk)
                if read > member.file_size:
                    raise damaged()
                if parser is not None:
                    parser.feed(chunk)
                deadline.check()
        if read != member.file_size:
            raise damaged()
        if parser is not None:
            parser.close()
    except DefusedXmlException as error:
        raise ImportRefused(_("The file contains XML declarations that are not allowed.")) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, ParseError, RuntimeError) as error:
        raise damaged() from error


def _sheet_part(archive, sheet, deadline):
    """The zip path of the worksheet named `sheet`, from the workbook and its relationships."""
    names = {m.filename: m for m in archive.infolist()}
    rels_name = "xl/_rels/workbook.xml.rels"
    if rels_name not in names:
        return None
    workbook = CollectingTarget(deadline, {"sheet"})
    _read_member(archive, names["xl/workbook.xml"], workbook, deadline)
    relations = CollectingTarget(deadline, {"Relationship"})
    _read_member(archive, names[rels_name], relations, deadline)
    rid = next((s.get(f"{{{RELATIONSHIP_NS}}}id") for s in workbook.found if s.get("name") == sheet), None)
    target = next((r.get("Target") for r in relations.found if r.get("Id") == rid), None) if rid else None
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def inspect_archive(data, *, sheet, max_rows, max_columns, max_uncompressed, max_ratio, deadline):
    """Refuses, with an ImportRefused, any .xlsx that is not safe for openpyxl to read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise ImportRefused(_("This is not an Excel .xlsx file.")) from error
    with archive:
        names = [m.filename for m in members]
        if len(members) > MAX_MEMBERS:
            raise ImportRefused(_("The file expands to too much data to be read safely."))
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise ImportRefused(_("This is not an Excel .xlsx file."))
        if len(set(names)) != len(names):
            raise damaged()  # two parts with one name: which one a reader takes is anyone's guess
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise ImportRefused(_("Files with macros are not accepted."))
        if any(m.flag_bits & 0x1 for m in members):
            raise ImportRefused(_("Files protected by a password are not accepted: remove the password in Excel."))
        if any(m.compress_type not in ALLOWED_COMPRESSION for m in members):
            raise ImportRefused(_("The file is compressed in a way Excel does not use: save it again from Excel."))
        total = sum(m.file_size for m in members)
        if total > max_uncompressed or any(
            m.file_size > max_ratio * max(m.compress_size, 1) and m.file_size > 1024 * 1024 for m in members
        ):
            raise ImportRefused(_("The file expands to too much data to be read safely."))
        sheet_part = _sheet_part(archive, sheet, deadline)
        for member in members:
            if member.filename == sheet_part:
                target = SheetExtent(deadline, sheet, max_rows, max_columns)
            else:
                target = PartCounter(deadline)
            _read_member(archive, member, target, deadline)
