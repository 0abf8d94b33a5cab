"""Reading generated PDFs back as a reader would: their text, page by page (pypdf)."""

import io

from pypdf import PdfReader


def pdf_text(data):
    """The text of every page, joined, with line breaks folded to spaces (WeasyPrint wraps long titles)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_count(data):
    return len(PdfReader(io.BytesIO(data)).pages)
