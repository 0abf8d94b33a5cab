"""Suggestions as a visitor types, in one language: pages (sectors, territories, services...), then
place names and site titles of the catalogue.

Page titles come from the database (a few hundred pages, translated ones only). For places and
sites, Elasticsearch's completion suggester answers from the language's own index (so languages
never mix); when the cluster fails, a prefix match on the database gives the same kind of answer.
"""

import logging

from wagtail.models import Page

from home.translation_state import translated_only
from search.cluster import breaker, get_client
from search.opportunity_index import alias_name

logger = logging.getLogger(__name__)
LIMIT = 8
MIN_LENGTH = 2


def _suggestion(text, page=None):
    return {"text": text, "page_id": page} if page else {"text": text}


def from_elasticsearch(prefix, language):
    completion = {"field": "suggest", "size": LIMIT, "skip_duplicates": True}
    if len(prefix) >= 4:
        completion["fuzzy"] = {"fuzziness": 1}
    response = get_client().search(
        index=alias_name(language),
        suggest={"places": {"prefix": prefix, "completion": completion}},
        source=["title", "municipality", "page_id"],
    )
    suggestions = []
    for option in response["suggest"]["places"][0]["options"]:
        source = option["_source"]
        is_title = option["text"] == source.get("title")
        suggestions.append(_suggestion(option["text"], source.get("page_id") if is_title else None))
    return suggestions


def from_database(prefix, language):
    # Imported on use: no module of search/ loads the catalogue when it is itself loaded (issue 16).
    from opportunities.models import OpportunityPage

    sites = OpportunityPage.objects.live().public().filter(locale__language_code=language, owner_consent=True)
    places = (
        sites.filter(municipality__istartswith=prefix).order_by("municipality").values_list("municipality", flat=True)
    )
    suggestions = [_suggestion(name) for name in dict.fromkeys(places[: LIMIT * 4])][:LIMIT]
    titles = (
        sites.filter(title__istartswith=prefix).order_by("title").values_list("title", "pk")[: LIMIT - len(suggestions)]
    )
    return suggestions + [_suggestion(title, pk) for title, pk in titles]


def page_titles(prefix, language):
    """Live public pages of the language whose title holds the prefix, sections before their children."""
    from opportunities.models import OpportunityPage

    pages = (
        translated_only(Page.objects.live().public().filter(locale__language_code=language, depth__gt=2))
        .filter(title__icontains=prefix)
        .not_type(OpportunityPage)  # sites are suggested from the catalogue, with their owner's consent
        .order_by("depth", "title")
        .values_list("title", "pk")[:LIMIT]
    )
    return [_suggestion(title, pk) for title, pk in pages]


def suggest(prefix, language, use_elasticsearch):
    """([{"text", "url"?}], degraded): `url` for a site's title, none for a place name."""
    prefix = " ".join("".join(ch if ch.isprintable() else " " for ch in prefix or "").split())[:100]
    if len(prefix) < MIN_LENGTH:
        return [], False
    degraded = False
    suggestions = None
    if use_elasticsearch:
        try:
            suggestions = breaker.call(from_elasticsearch, prefix, language)
        except Exception as error:  # refused, hung, erred or breaker open: the database answers
            logger.warning("Autocomplete fell back to the database: %s", error)
            degraded = True
    if suggestions is None:
        suggestions = from_database(prefix, language)
    seen = set()
    suggestions = [
        item
        for item in page_titles(prefix, language) + suggestions
        if not (item["text"].casefold() in seen or seen.add(item["text"].casefold()))
    ][:LIMIT]
    pages = Page.objects.filter(pk__in=[s["page_id"] for s in suggestions if "page_id" in s]).in_bulk()
    for item in suggestions:
        page = pages.get(item.pop("page_id", None))
        if page is not None:
            item["url"] = page.get_url()
    return suggestions, degraded
