"""Which page a visitor reaches in each language, for the language switcher and hreflang."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # True when the link leads to the same page in that language, not to that language's home.
    is_translation: bool


def site_for(request):
    return (
        Site.find_for_request(request) or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    )


def language_links(request, page=None):
    """One link per configured language: the page's translation, or that language's home page."""
    site = site_for(request)
    if site is None:
        return []
    homes = _home_pages_by_language(request, site)
    translations = {}
    if page is not None and page.pk:
        translations = {p.locale_id: p for p in page.get_translations(inclusive=True).live().public()}
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    links = []
    for code, name in settings.LANGUAGES:
        if code not in homes:
            continue
        locale_id, home_url = homes[code]
        translation = translations.get(locale_id)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=(translation.get_url(request) if translation else home_url) or "/",
                is_current=code == current,
                is_translation=translation is not None,
            )
        )
    return links


def _home_pages_by_language(request, site):
    """{language code: (locale id, home page URL)} for the site, cached until content changes."""
    from home.content_version import content_version

    def build():
        roots = site.root_page.get_translations(inclusive=True).live().select_related("locale")
        return {root.locale.language_code: (root.locale_id, root.get_url(request)) for root in roots}

    key = f"home-pages:{site.pk}:{content_version()}"
    return cache.get_or_set(key, build, settings.SHARED_FRAGMENT_SECONDS)


def localized_pages(pages, specific=True):
    """The live translations, in the active language, of the given pages, in the same order.

    One query whatever the number of pages (plus one per page type when `specific`), so menus
    and card lists do not cost a query per item.
    """
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    queryset = (
        Page.objects.filter(translation_key__in=[p.translation_key for p in pages], locale__language_code=language)
        .live()
        .public()
    )
    by_key = {p.translation_key: p for p in (queryset.specific() if specific else queryset)}
    return [by_key[p.translation_key] for p in pages if p.translation_key in by_key]


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
