"""Hidden fields whose value must be each visitor's own, in cached pages: a form's one-time token.

Like the CSRF token (csrf_tokens.py), the value a page was rendered with is taken out before the page is
stored, and a fresh one is written for each visitor it is served to. PAGE_CACHE_FRESH_FIELDS names each
field and the function that makes its value: the lead forms' signed `form_started`, which a submission
spends once, so two visitors given the same stored value would see the second one refused as a replay.
A field is matched with any form prefix (`enquiry-form_started`).
"""

import re
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

PLACEHOLDER = b"pagecache-fresh-field:"


@cache
def _fields():
    """[(name, pattern of its hidden input, function making a value)], from the setting."""
    return [
        (
            name.encode(),
            re.compile(rb'(name="(?:[\w-]+-)?' + re.escape(name.encode()) + rb'" value=")[^"]*(")'),
            import_string(path),
        )
        for name, path in settings.PAGE_CACHE_FRESH_FIELDS.items()
    ]


def without_values(content):
    """The content with each fresh field's value replaced by its placeholder."""
    for name, pattern, _make in _fields():
        content = pattern.sub(rb"\1" + PLACEHOLDER + name + rb"\2", content)
    return content


def with_values(content):
    """Each placeholder filled with a value of its own (two forms on a page get two tokens)."""
    for name, _pattern, make in _fields():
        content = re.sub(re.escape(PLACEHOLDER + name), lambda _match, make=make: make().encode(), content)
    return content
