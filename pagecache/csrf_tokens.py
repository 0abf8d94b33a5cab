"""CSRF tokens in cached pages: taken out before a page is stored, put back for each visitor it is served to.

A stored page holds a placeholder where its forms had the token of the visitor whose request rendered
it; each hit writes the current visitor's own token there (Django's get_token, which also sets the
cookie), so forms on cached pages work without JavaScript and without a database query.
"""

import re

from django.middleware.csrf import _unmask_cipher_token, get_token

PLACEHOLDER = b"pagecache-csrf-token-placeholder"
# The hidden field Django's {% csrf_token %} writes; tokens are 64 letters and digits.
_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
_ANY_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")


def without_tokens(content, request):
    """The content with its form tokens replaced by the placeholder, or None when a token is left.

    A token written elsewhere than in the hidden field (a data attribute, a script) would be handed to
    every later visitor, so such a page is never stored: every 64-character word is checked against the
    request's CSRF secret (Django's own unmasking, the one its middleware checks tokens with).
    """
    content = _FIELD.sub(rb"\1" + PLACEHOLDER + rb"\2", content)
    secret = request.META.get("CSRF_COOKIE")
    if secret:
        for match in _ANY_TOKEN.finditer(content):
            if _unmask_cipher_token(match.group().decode()) == secret:
                return None
    return content


def with_token(content, request):
    return content.replace(PLACEHOLDER, get_token(request).encode())
