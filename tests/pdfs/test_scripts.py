"""Every script the site offers prints with a font that has its letters: a booklet in Chinese, Japanese or
Arabic printed with a Latin-only font would show empty boxes, though its text would still read back.
The fonts are Debian packages (docs/deployment.md), found by pango as the site's stylesheet names them."""

import io

import pytest
from pypdf import PdfReader

from home.pdf import render_pdf

# What a font of each script is called in a PDF (subset prefix aside), from the packages installed.
FONTS = {"zh-hans": "WenQuanYi", "ja": "IPA", "ar": "DejaVu"}
TEXT = {"zh-hans": "伦巴第大区投资手册", "ja": "ロンバルディア州の投資案内", "ar": "دليل الاستثمار في لومبارديا"}


def embedded_fonts(data):
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return fonts


@pytest.mark.parametrize("code", FONTS)
def test_each_script_prints_with_a_font_of_its_own(code):
    html = (
        f'<html lang="{code}"><head><link rel="stylesheet" href="/static/css/site.css"></head>'
        f"<body><p>{TEXT[code]}</p></body></html>"
    )

    fonts = embedded_fonts(render_pdf(html))

    assert any(FONTS[code] in font for font in fonts), fonts
