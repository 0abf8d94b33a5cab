from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

from home import i18n, privacy, public_urls, routing, translation_state

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    if request is None:
        return []
    return i18n.language_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def untranslated_notice(context):
    """The notice for a visitor sent here from an untranslated copy: its language and that language's home."""
    request = context.get("request")
    notice = translation_state.notice_language(request)
    if notice is None:
        return None
    links = {link.code: link for link in i18n.language_links(request)}
    home = links.get(notice["code"])
    return {**notice, "home_url": home.url if home else ""}


# Open Graph names a language with its region; the site's languages, present and planned (issue 17).
OG_LOCALES = {"en": "en_GB", "it": "it_IT", "de": "de_DE", "fr": "fr_FR", "zh": "zh_CN", "ja": "ja_JP", "ar": "ar_AR"}


@register.filter
def og_locale(code):
    return OG_LOCALES.get(code, code)


@register.filter
def absolute(path):
    """A path of this site as a link on its public address (PUBLIC_BASE_URL)."""
    return public_urls.absolute_url(path)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """{"main": [...], "footer": [...]}: menu pages in the visitor's language, skipping untranslated ones."""
    return i18n.navigation(context["request"], context["settings"]["home"]["NavigationSettings"])


@register.simple_tag
def breadcrumb_trail(page):
    """The page's ancestors below the tree root, home first; those its request was routed through need
    no query (home/routing.py)."""
    return routing.route_trail(page)


@register.simple_tag
def localized_list(pages):
    """A list of chosen pages, in the visitor's language, as specific pages for cards: one query per page
    type, kept with the shared fragments (i18n.localized_cards)."""
    return i18n.localized_cards(list(pages or []))


@register.simple_tag
def localized(page):
    """The page in the visitor's language, when it has been translated."""
    found = i18n.localized_pages([page], specific=False)
    return found[0] if found else page


@register.simple_tag(takes_context=True)
def fragment_scope(context):
    """How to cache fragments shared by every page: `key` (site and content version) and `seconds`."""
    from django.conf import settings

    from home.content_version import content_version

    site = i18n.site_for(context["request"]) if context.get("request") else None
    return {"key": f"{site.pk if site else 0}-{content_version()}", "seconds": settings.SHARED_FRAGMENT_SECONDS}


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """{% privacy_url as url %}: the privacy notice in the visitor's language, or None."""
    return privacy.privacy_url(context.get("request"))


def _parts_from(hook_name, context):
    """The HTML each app registered under `hook_name` renders for this context, joined; each part escaped
    unless it is already safe, so an app's plain string can never inject markup."""
    parts = (contribute(context) for contribute in hooks.get_hooks(hook_name))
    return mark_safe("".join(conditional_escape(part) for part in parts if part))  # noqa: S308 - each part is escaped


@register.simple_tag(takes_context=True)
def after_page_content(context):
    """What apps above home add below every page's content, such as the feedback question: home renders
    it without knowing those apps."""
    return _parts_from("after_page_content", context)


@register.simple_tag(takes_context=True)
def home_page_entries(context):
    """The home page's ways in: find a site, search, offer a site..., each drawn by the app that serves
    it, in the order of INSTALLED_APPS."""
    return _parts_from("home_page_entries", context)


@register.simple_tag
def footer_links():
    """[(label, url)] that apps add to every footer (hook `footer_links`), such as the owners' portal."""
    return [link for contribute in hooks.get_hooks("footer_links") for link in contribute()]
