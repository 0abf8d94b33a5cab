"""Site search: every page type, in the visitor's language, with a database fallback.

Pages are indexed by Wagtail's search backends (Elasticsearch in production, the database
otherwise). When the cluster refuses, hangs or errors (or the circuit breaker of search.cluster
is open after repeated failures), the same query is answered from the database index, which
Wagtail keeps up to date alongside it, and the result says so. Results carry a highlighted
snippet; a search that finds nothing offers a corrected spelling.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.translation_state import translated_only
from search.cluster import breaker
from search.query_text import search_terms
from search.suggestions import did_you_mean, snippet
from search.synonyms import widened

logger = logging.getLogger(__name__)
PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200
MAX_HITS = 500


@dataclass
class SiteSearchResult:
    query: str
    page: object = None  # a Paginator page of specific Wagtail pages
    total: int = 0
    types: list = field(default_factory=list)  # [(key, label, count)], largest first
    degraded: bool = False
    suggestion: str | None = None  # "did you mean", when nothing matched


def _hits(backend_name, query):
    # Home pages are where every search starts: listing them as results helps nobody.
    pages = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=2)
    return list(get_search_backend(backend_name).search(query, pages, operator="and")[:MAX_HITS])


def _type_key(page):
    return f"{page._meta.app_label}.{page._meta.model_name}"


def search_site(query, page_type="", page_number=1):
    # Control characters (a null byte breaks SQLite's full-text search) are never part of a search.
    query = "".join(ch if ch.isprintable() else " " for ch in query or "")
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    result = SiteSearchResult(query=query)
    terms = search_terms(query)  # the visitor's text is shown; only its words reach the engine
    if not terms:
        return result
    has_fallback = "database" in settings.WAGTAILSEARCH_BACKENDS
    question = widened(terms, Locale.get_active())  # the editors' synonyms of this language
    try:
        hits = breaker.call(_hits, "default", question) if has_fallback else _hits("default", question)
    except Exception as error:  # whatever the engine's failure, answer from the database
        if not has_fallback:
            raise
        logger.warning("Site search fell back to the database: %s", error)
        hits = _hits("database", question)
        result.degraded = True
    # Untranslated copies (English under /it/) are no results in that language (home/translation_state.py);
    # left out here, as the engines' filters cannot compare a page's locale with its original's.
    by_pk = translated_only(Page.objects.filter(pk__in=[h.pk for h in hits])).specific().in_bulk()
    pages = [by_pk[h.pk] for h in hits if h.pk in by_pk]
    # Pages whose title holds every word come first, in the engine's order: the database
    # backends rank long pages that repeat a word above the page named after it.
    words = terms.casefold().split()
    pages.sort(key=lambda page: not all(word in page.title.casefold() for word in words))
    counts = {}
    for page in pages:
        key = _type_key(page)
        label, count = counts.get(key, (page._meta.verbose_name, 0))
        counts[key] = (label, count + 1)
    result.types = sorted(((k, label, n) for k, (label, n) in counts.items()), key=lambda t: -t[2])
    if page_type in counts:
        pages = [p for p in pages if _type_key(p) == page_type]
    result.total = len(pages)
    result.page = Paginator(pages, PAGE_SIZE).get_page(page_number)
    for page in result.page:
        page.search_snippet = snippet(page, words)
    if not pages:
        result.suggestion = _suggestion(terms, use_elasticsearch=has_fallback and not result.degraded)
    return result


def _suggestion(query, use_elasticsearch):
    backend = get_search_backend("default") if use_elasticsearch else None
    try:
        return breaker.call(did_you_mean, query, backend) if backend else did_you_mean(query)
    except Exception as error:  # a suggestion is a nicety: without the cluster, use the titles
        logger.warning("Spelling suggestion fell back to page titles: %s", error)
        return did_you_mean(query)
