"""Counted labels that a script rewrites as a number changes, in every plural form of the visitor's language.

A script cannot call gettext, and a language may have up to six plural forms (Arabic), so the page
carries each distinct form of a label with the first number that takes it; the script picks the
form of the sample in the same plural category as its number (Intl.PluralRules, catalogue.js).
"""

from functools import lru_cache

from django.utils.translation import get_language, ngettext

# Numbers enough to meet every plural form of the site's languages: Arabic's last one starts at 100.
SAMPLES = range(201)
PLACEHOLDER = "__count__"


def filters_button(n):
    return ngettext("Filters (%(counter)s site)", "Filters (%(counter)s sites)", n) % {"counter": PLACEHOLDER}


@lru_cache(maxsize=64)
def _forms(label, language):
    first_number = {}
    for n in SAMPLES:
        first_number.setdefault(label(n), n)
    return tuple((n, text) for text, n in first_number.items())


def forms(label):
    """[(sample number, text with __count__)] of a label, one for each of its forms in the active language."""
    return [list(form) for form in _forms(label, get_language())]
