"""Which page a visitor reaches in each language, for the language switcher and hreflang."""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.validators import slug_unicode_re
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language, get_supported_language_variant, override
from wagtail.models import Locale, Page, Site

from home import request_memo
from home.content_version import kept
from home.public_urls import absolute_url
from home.translation_state import NOTICE_PARAMETER, translated_only


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    # Where the switcher goes: the same page or view in that language, with the visitor's query string.
    url: str
    is_current: bool
    # True when the link leads to the same page in that language, not to the nearest translated one.
    is_translation: bool
    # The public address (PUBLIC_BASE_URL) of that translation, for hreflang; "" when there is none.
    alternate: str = ""


def active_language():
    """The code in settings.LANGUAGES of the active language: "zh-hans" stays whole, "en-us" is "en"."""
    return get_supported_language_variant(get_language() or settings.LANGUAGE_CODE)


def site_for(request):
    return (
        Site.find_for_request(request) or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    )


def language_links(request, page=None):
    """One link per configured language that has a home page.

    On a page: its real translation (never an untranslated copy, home/translation_state.py), with the
    visitor's query string and the route of a routable page (`shortlist/`); without one, the nearest
    translated ancestor. Elsewhere (search, the territory comparison, the owners' portal): the same
    view under the other language's address, query string kept; failing that, the language's home.
    """
    site = site_for(request)
    if site is None:
        return []
    homes = _home_pages_by_language(request, site)
    current = active_language()
    query = request.GET.copy()
    query.pop(NOTICE_PARAMETER, None)
    if page is not None and page.pk:
        targets = _page_targets(request, page, homes, query)
    else:
        targets = _view_targets(request, homes, query)
    links = []
    for code, name in settings.LANGUAGES:
        if code not in homes:
            continue
        url, is_translation = targets.get(code) or (homes[code][1] or "/", False)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translation=is_translation,
                alternate=absolute_url(url.split("?")[0]) if is_translation else "",
            )
        )
    return links


def _with_query(url, query):
    return f"{url}?{query.urlencode()}" if query else url


def _page_targets(request, page, homes, query):
    """{language: (url, is it this page)}: the page's translations, else its nearest translated ancestor."""
    steps = Page.steplen
    # The page and its ancestors below the tree root, by path: one query with their translations.
    paths = [page.path[:end] for end in range(2 * steps, len(page.path) + 1, steps)]
    keys = Page.objects.filter(path__in=paths).values("translation_key")
    candidates = translated_only(Page.objects.filter(translation_key__in=keys).live().public()).order_by("-depth")
    codes = {locale_id: code for code, (locale_id, _url) in homes.items()}
    # The part of the address after the page's own URL: a routable page's route (`shortlist/`), the same
    # in every language.
    own_url = page.get_url(request) or ""
    route = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""
    targets = {}
    for candidate in candidates:
        code = codes.get(candidate.locale_id)
        if code is None or (code in targets and targets[code][1]):
            continue
        if candidate.translation_key == page.translation_key:
            url = candidate.get_url(request)
            if url:
                carried = (
                    query if candidate.locale_id == page.locale_id else _translated_query(query, page.locale_id, code)
                )
                targets[code] = (_with_query(url + route, carried), True)
        elif code not in targets:
            # The deepest translated ancestor (candidates come deepest first); its page has other filters.
            targets[code] = (candidate.get_url(request), False)
    return {code: target for code, target in targets.items() if target[0]}


def _view_targets(request, homes, query):
    """{language: (url, True)} for a view outside the page tree, by its URL name under each language."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.url_name == "wagtail_serve":
        return {}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    targets = {}
    for code in homes:
        with override(code):
            try:
                url = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                continue
        targets[code] = (_with_query(url, query), True)
    return targets


# Query values that name something in the visitor's language (`?sector=life-sciences` under /en/,
# `?sector=scienze-della-vita` under /it/): the apps that define them register how to find the same thing
# in another language, so the switch keeps the filter. A value the translator does not know (`?territory=015`,
# a code, on another listing) is kept as it is.
# {parameter: translate(value, from locale id, to language code) -> value or None}
QUERY_VALUE_TRANSLATORS = {}


def register_query_value(parameter, translate):
    QUERY_VALUE_TRANSLATORS[parameter] = translate


def page_slug_in_language(model):
    """A translator for `?parameter=<slug of a `model` page in the visitor's language>`."""

    def translate(slug, from_locale_id, code):
        keys = model.objects.filter(locale_id=from_locale_id, slug=slug).values("translation_key")
        pages = model.objects.live().public().filter(translation_key__in=keys, locale__language_code=code)
        return translated_only(pages).values_list("slug", flat=True).first()

    return translate


def _translated_query(query, from_locale_id, code):
    translated = query.copy()
    for parameter, translate in QUERY_VALUE_TRANSLATORS.items():
        if parameter in query:
            values = query.getlist(parameter)
            translated.setlist(
                parameter, [_translated_value(translate, value, from_locale_id, code) for value in values]
            )
    return translated


def _translated_value(translate, value, from_locale_id, code):
    """Every translator looks up a slug: anything else (a NUL byte, a long string) is kept as typed, unread."""
    if len(value) > 255 or not slug_unicode_re.match(value):
        return value
    return translate(value, from_locale_id, code) or value


def _home_pages_by_language(request, site):
    """{language code: (locale id, home page URL)} for the site, cached until content changes."""

    def build():
        roots = translated_only(site.root_page.get_translations(inclusive=True).live().select_related("locale"))
        return {root.locale.language_code: (root.locale_id, root.get_url(request)) for root in roots}

    return kept(f"home-pages:{site.pk}", build)


def localized_pages(pages, specific=True, for_cards=False):
    """The live translations, in the active language, of the given pages, in the same order.

    Untranslated copies are left out: a menu in Italian never links to an English page under /it/.

    One query per page type when `specific` (a translation has its source's type, so each type's table
    is asked directly), else one query, or none when every chosen page already is in the visitor's
    language, live and public; so menus and card lists never cost a query per item.
    """
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    if specific:
        by_model = {}
        for page in pages:
            by_model.setdefault(page.specific_class or Page, []).append(page.translation_key)
        found = {}
        for model, keys in by_model.items():
            found.update({p.translation_key: p for p in _translations(model, keys, for_cards)})
    elif all(_shown_as_chosen(p) for p in pages):
        return pages
    else:
        found = {p.translation_key: p for p in _translations(Page, [p.translation_key for p in pages])}
    return [found[p.translation_key] for p in pages if p.translation_key in found]


def localized_cards(pages):
    """localized_pages for cards (title, summary, image, address), kept with the shared fragments: the
    chosen pages change only when a page is published, unpublished, moved or deleted, which retires
    them. Kept without their StreamFields, with their image."""
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    chosen = hashlib.sha256(",".join(str(p.translation_key) for p in pages).encode()).hexdigest()[:32]
    return kept(f"cards:{active_language()}:{chosen}", lambda: localized_pages(pages, for_cards=True))


def _translations(model, keys, for_cards=False):
    language = active_language()
    found = model.objects.filter(translation_key__in=keys, locale__language_code=language).live().public()
    if for_cards:
        found = found.defer_streamfields()
        if any(field.name == "social_image" for field in model._meta.get_fields()):
            found = found.select_related("social_image")
    return translated_only(found)


def _shown_as_chosen(page):
    """A chosen page already in the visitor's language, live, an ordinary page (no alias, which may be an
    untranslated copy) and public: its own translation, known without a query."""
    # Restrictions first: outside a request they are unknown, and the active Locale would cost a query.
    return (
        request_memo.is_public(page) is True
        and page.locale_id == Locale.get_active().pk
        and page.live
        and page.alias_of_id is None
    )


def navigation(request, settings_object):
    """Main and footer menus in the visitor's language, fetched together once per request."""
    cached = getattr(request, "_site_navigation", None)
    if cached is not None:
        return cached

    def chosen(stream):
        return [block.value["page"] for block in stream or [] if block.value.get("page")]

    main, footer = chosen(settings_object.main_menu), chosen(settings_object.footer_menu)
    found = {p.translation_key: p for p in localized_pages([*main, *footer], specific=False)}
    request._site_navigation = {
        "main": [found[p.translation_key] for p in main if p.translation_key in found],
        "footer": [found[p.translation_key] for p in footer if p.translation_key in found],
    }
    return request._site_navigation
