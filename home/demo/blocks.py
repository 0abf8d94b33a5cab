"""Raw StreamField values for demo content, one helper per block type of home/blocks.py.

They return the stored JSON form ({"type", "value"}), which StreamField reads as it reads the
database, with ids for pages and images.
"""


def raw(block_type, value):
    return {"type": block_type, "value": value}


def rich_text(html):
    return raw("rich_text", html)


def key_figures(heading, figures):
    return raw(
        "key_figures",
        {
            "heading": heading,
            "figures": [
                {"value": v, "label": label, "source": source, "year": year} for v, label, source, year in figures
            ],
        },
    )


def bar_chart(title, unit, rows, source):
    return raw(
        "bar_chart",
        {"title": title, "unit": unit, "rows": [{"label": str(k), "value": v} for k, v in rows], "source": source},
    )


def table(caption, header, rows, source=""):
    return raw(
        "table",
        {
            "caption": caption,
            "source": source,
            "table": {
                "data": [header, *rows],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "",
            },
        },
    )


def faq(heading, pairs):
    return raw("faq", {"heading": heading, "questions": [{"question": q, "answer": a} for q, a in pairs]})


def quote(text, attribution, role):
    return raw("quote", {"text": text, "attribution": attribution, "role": role})


def call_to_action(title, text, button_label, page_id=None, url=""):
    return raw(
        "call_to_action",
        {"title": title, "text": text, "button_label": button_label, "link": {"page": page_id, "url": url}},
    )


def featured_pages(heading, intro, page_ids):
    return raw("featured_pages", {"heading": heading, "intro": intro, "pages": page_ids})


def image(image_id, caption, credit):
    return raw(
        "image",
        {"image": {"image": image_id, "decorative": False, "alt_text": caption}, "caption": caption, "credit": credit},
    )
