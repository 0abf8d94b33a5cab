"""Search helpers every engine shares: highlighted snippets and "did you mean".

Snippets are cut from the page's own description around the first word searched, escaped, with
the words marked: the same on Elasticsearch and on the database, so a fallback looks the same.
"Did you mean" picks the closest words of the language's page titles (difflib), which is enough
for a misspelt name, and asks Elasticsearch's term suggester, when the cluster answers, otherwise.
"""

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

SNIPPET_LENGTH = 200
WORD = re.compile(r"\w{3,}")


def snippet(page, words):
    """HTML: the page's description (or summary) around the first word found, words in <mark>."""
    text = page.search_description or getattr(page, "summary", "") or getattr(page, "intro", "") or ""
    text = " ".join(str(text).split())
    if not text:
        return ""
    folded = text.casefold()
    positions = [folded.find(word) for word in words if folded.find(word) >= 0]
    start = max(0, min(positions) - SNIPPET_LENGTH // 3) if positions else 0
    if start:
        start = text.find(" ", start) + 1 or start
    cut = text[start : start + SNIPPET_LENGTH]
    prefix, suffix = ("… " if start else ""), (" …" if start + SNIPPET_LENGTH < len(text) else "")
    if not words:
        return escape(prefix + cut + suffix)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(cut):
        parts += [escape(cut[last : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    parts.append(escape(cut[last:]))
    return mark_safe(escape(prefix) + "".join(parts) + escape(suffix))  # noqa: S308 - every part is escaped


def title_vocabulary(locale):
    words = set()
    for title in Page.objects.live().public().filter(locale=locale, depth__gt=2).values_list("title", flat=True):
        words.update(w.casefold() for w in WORD.findall(title))
    return words


def closest_words(query, vocabulary):
    """The query with each unknown word replaced by its closest known one; None if nothing changes."""
    changed = False
    corrected = []
    for word in query.split():
        folded = word.casefold()
        if len(folded) < 3 or folded in vocabulary:
            corrected.append(word)
            continue
        # Among the closest words, one of the same length first: a typo replaces a letter more
        # often than it adds one ("investorz" -> "investors", not "investor").
        matches = difflib.get_close_matches(folded, vocabulary, n=3, cutoff=0.75)
        if matches:
            corrected.append(max(matches, key=lambda m: (len(m) == len(folded), -matches.index(m))))
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


def elasticsearch_suggestion(backend, query):
    """Elasticsearch's term suggester over Wagtail's page index (all searchable text)."""
    from wagtail.models import Page as PageModel

    index = backend.get_index_for_model(PageModel).name
    response = backend.es.search(
        index=index,
        size=0,
        suggest={
            "spelling": {"text": query, "term": {"field": "_all_text", "suggest_mode": "popular", "min_word_length": 3}}
        },
    )
    changed = False
    corrected = []
    for entry in response["suggest"]["spelling"]:
        if entry["options"]:
            corrected.append(entry["options"][0]["text"])
            changed = True
        else:
            corrected.append(entry["text"])
    return " ".join(corrected) if changed else None


def did_you_mean(query, backend=None):
    # The visitor's own language first: Elasticsearch's suggester reads every language's pages
    # at once, so it may offer an English word to an Italian visitor; it helps when titles do not.
    suggestion = closest_words(query, title_vocabulary(Locale.get_active()))
    if suggestion is None and backend is not None:
        suggestion = elasticsearch_suggestion(backend, query)
    return suggestion
