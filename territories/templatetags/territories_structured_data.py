"""JSON-LD for search engines: data built in Python, serialised and escaped so it cannot end the script."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The same escapes as django.utils.html.json_script: inside <script>, "</script>" or "<!--" in a
# value would otherwise end or change the element.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def dumps_json_ld(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> element for the given dict; nothing when it is empty."""
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps_json_ld(data)))  # noqa: S308
