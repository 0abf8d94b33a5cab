"""The language of the sites a catalogue lists, when no site has been translated into the visitor's.

Sites are pages, translated one by one. In a language whose editors have not translated a single site
yet (German, French... in the demo), a catalogue limited to that language would be empty: there it
lists the sites of the site's source language, with its filters and labels in the visitor's language,
and says so. As soon as one site is translated, the catalogue is the language's own.
"""

from django.conf import settings

from home.translation_state import translated_only
from opportunities.models import OpportunityPage


def sites_language(code):
    if code == settings.LANGUAGE_CODE:
        return code
    translated = translated_only(OpportunityPage.objects.live().filter(locale__language_code=code))
    return code if translated.exists() else settings.LANGUAGE_CODE
