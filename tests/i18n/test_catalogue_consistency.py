"""One translation per message and language, whichever app's catalogue holds it.

Django merges every app's catalogue into one, and for a message found in several the first app in
INSTALLED_APPS wins: a second app's different wording is never shown, and its page reads another
app's words (a feminine "Attiva" for a webhook, a German "Ereignis" for a calendar event). Where the
meaning really differs, the source gives the message a context (pgettext) so the two never meet.
"""

from collections import defaultdict
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = ["it", "de", "fr", "zh_Hans", "ja", "ar"]


def translations(language):
    """{(context, msgid, plural): {app: translation}} over every app's catalogue of the language."""
    found = defaultdict(dict)
    for path in sorted(Path(settings.BASE_DIR).glob(f"*/locale/{language}/LC_MESSAGES/django.po")):
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.translated():
                continue
            plurals = entry.msgstr_plural
            text = tuple(plurals[n] for n in sorted(plurals)) if entry.msgid_plural else entry.msgstr
            found[entry.msgctxt, entry.msgid, entry.msgid_plural][path.parts[-5]] = text
    return found


def conflicts(found):
    lines = []
    for (context, msgid, _plural), by_app in sorted(found.items(), key=lambda item: (item[0][1], item[0][0] or "")):
        if len(set(by_app.values())) > 1:
            where = "; ".join(f"{app}: {text!r}" for app, text in sorted(by_app.items()))
            lines.append(f"{msgid!r}" + (f" (context {context!r})" if context else "") + f" → {where}")
    return lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_reads_the_same_in_every_catalogue_of_a_language(language):
    problems = conflicts(translations(language))
    assert not problems, f"{language}: translated differently by two apps (first app wins):\n" + "\n".join(problems)


def test_a_difference_between_two_catalogues_is_reported_with_both_wordings():
    found = {
        (None, "Active", ""): {"desk": "Attiva", "webhooks": "Attivo"},
        ("webhook", "Event", ""): {"webhooks": "Evento"},
    }

    assert conflicts(found) == ["'Active' → desk: 'Attiva'; webhooks: 'Attivo'"]
