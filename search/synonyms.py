"""A visitor's words widened by the editors' synonym groups of their language (search.models.SearchSynonyms).

"semiconductor plant" becomes (semiconductor OR microelectronics OR chips) AND plant: each word, or
run of words, that is a term of a group is replaced by the alternation of the group's terms, the
other words stay as they are. Built from Wagtail's query objects, which the database and the
Elasticsearch backends both take, so either engine, and the fallback, answer the same question.
"""

from wagtail.search.query import And, Or, PlainText

from search.query_text import search_terms

MAX_TERMS = 20
MAX_TERM_WORDS = 4


def parse_terms(text):
    """The terms of a group as tuples of lower-case words, without repeats, in the editor's order."""
    terms = []
    for raw in str(text or "").split(","):
        words = tuple(search_terms(raw).casefold().split()[:MAX_TERM_WORDS])
        if words and words not in terms:
            terms.append(words)
    return terms


def groups_for(locale):
    from search.models import SearchSynonyms

    return [parse_terms(text) for text in SearchSynonyms.objects.filter(locale=locale).values_list("terms", flat=True)]


def _alternatives(terms):
    return Or([PlainText(" ".join(term), operator="and") for term in terms])


def widened(terms, locale):
    """`terms` (search.query_text.search_terms' words) as a query widened by synonyms, or unchanged."""
    words = terms.casefold().split()
    groups = groups_for(locale) if words else []
    by_term = {term: group for group in groups for term in group}
    if not by_term:
        return terms
    longest = max(len(term) for term in by_term)
    parts, position, widened_any = [], 0, False
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            group = by_term.get(tuple(words[position : position + size]))
            if group:
                parts.append(_alternatives(group))
                position += size
                widened_any = True
                break
        else:
            parts.append(PlainText(words[position]))
            position += 1
    if not widened_any:
        return terms
    return parts[0] if len(parts) == 1 else And(parts)
