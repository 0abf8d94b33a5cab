"""Feedback carries no personal data: what looks like an e-mail address or a phone number is masked.

The form asks visitors not to write any; this catches what they write anyway, before it is stored.
"""

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Seven or more digits, with the spaces, dots, dashes, slashes and brackets people write between them.
_PHONE = re.compile(r"\+?\(?\d(?:[\s./()-]*\d){6,}")
MASK = "[…]"


def redact(text):
    return _PHONE.sub(MASK, _EMAIL.sub(MASK, text))
