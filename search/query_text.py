"""What a full-text engine is given of a visitor's text: words only, and not too many.

Wagtail's database backends build a full-text expression from the words of a query: SQLite FTS5
quotes each word but not the quotes inside it (so `"milano` is a syntax error), a NUL byte ends
the statement, and 500 words nest 500 expressions (beyond Python's recursion limit and FTS5's
depth limit). So the engines get only the words: runs of letters and digits, any script (`\\w`,
which leaves out punctuation, FTS operators such as `* ^ : ( ) - "`, control characters and lone
surrogates), at most MAX_TERMS of them from the first MAX_CHARACTERS characters. Words such as
AND, OR, NOT or NEAR stay, as plain words: each word reaches the engine quoted. Elasticsearch gets
the same words, so a fallback answers the same question.
"""

import re

MAX_CHARACTERS = 200
MAX_TERMS = 32
WORD = re.compile(r"[^\W_]+")


def search_terms(text):
    """The words of `text` to search for, joined by spaces; "" when nothing searchable is left."""
    return " ".join(WORD.findall(str(text or "")[:MAX_CHARACTERS])[:MAX_TERMS])
