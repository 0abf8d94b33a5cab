"""A very small PDF writer for demo booklets: A4 pages of text in Helvetica, nothing else.

The demo needs real, valid PDF files without adding a dependency; editors upload the designed
booklets in their place.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56


def _escape(text):
    raw = text.encode("cp1252", errors="replace")  # PDF's WinAnsiEncoding is Windows-1252
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_stream(lines):
    """lines: (size, text) pairs, laid out top to bottom."""
    out = [b"BT"]
    y = PAGE_HEIGHT - MARGIN
    for size, text in lines:
        width_chars = int((PAGE_WIDTH - 2 * MARGIN) / (size * 0.5))
        for chunk in textwrap.wrap(text, width_chars) or [""]:
            y -= size * 1.4
            out.append(b"/F1 %d Tf 1 0 0 1 %d %d Tm (%s) Tj" % (size, MARGIN, int(y), _escape(chunk)))
        y -= size * 0.6
    out.append(b"ET")
    return b"\n".join(out)


def build_pdf(title, pages):
    """A PDF document: `pages` is a list of pages, each a list of (font size, text) lines."""
    objects = []  # object bodies; object n is objects[n - 1]

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled once the page tree exists
    page_tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = _page_stream(lines)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
                b"/Contents %d 0 R >>" % (page_tree, PAGE_WIDTH, PAGE_HEIGHT, font, content)
            )
        )
    info = add(b"<< /Title (%s) /Producer (Invest in Lombardy demo) >>" % _escape(title))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % page_tree
    objects[page_tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(output)
