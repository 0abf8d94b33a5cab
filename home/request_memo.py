"""Wagtail look-ups that do not change during a request, made once per request (issue 11).

Wagtail asks the database again at each call:
- `PageQuerySet.public()` reads every PageViewRestriction (the menus, the language switcher, each
  listing and each hook call it: 5 to 8 times a page); the restricted pages are kept with the shared
  fragments, so a request reads them only after a restriction changed;
- `Page.get_view_restrictions()`, which Wagtail's serve checks, reads the page's ancestors and
  their restrictions (2 queries a page, though most sites restrict no page);
- `Locale.get_active()` reads the active language's Locale (the locale middleware, blocks, forms,
  the privacy link: up to 5 times a page); the site's few Locales are kept with the shared fragments,
  retired when a Locale is saved or deleted, so a request reads none.
Within a request, `RequestMemoMiddleware` opens a memo they read instead: the restricted pages
once, and one Locale per language code (a view may switch language with `override()`). Outside a
request (commands, tasks, the shell) nothing is memoised. A restriction or a locale saved or deleted
during the request empties the memo, so the admin's privacy and locale views see their own writes.

`Locale.get_default()` reads the same shared set.

`install()` (HomeConfig.ready) swaps these methods; Wagtail's own do the work when the memo is off.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from home.content_version import kept

_memo = ContextVar("request_memo", default=None)
_wagtail_private_q = PageQuerySet.private_q
_wagtail_get_active = Locale.get_active.__func__
_wagtail_get_default = Locale.get_default.__func__
_wagtail_get_view_restrictions = Page.get_view_restrictions


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def memoised(key, build):
    """`build()` once per request under `key` (once per call outside a request), for look-ups several
    parts of a page make with the same answer."""
    memo = _memo.get()
    if memo is None:
        return build()
    if key not in memo:
        memo[key] = build()
    return memo[key]


def _restricted(memo):
    """The pages under a view restriction, read once per request from the set kept with the shared
    fragments: saving or deleting a restriction retires them (home/content_version.py), as it must
    retire the menus, which list public pages only."""
    if "restricted" not in memo:
        memo["restricted"] = kept(
            "view-restrictions", lambda: [r.page for r in PageViewRestriction.objects.select_related("page")]
        )
    return memo["restricted"]


def is_public(page):
    """Whether no view restriction covers the page, from this request's restrictions; None outside a
    request, where the caller asks the database."""
    memo = _memo.get()
    if memo is None:
        return None
    return not any(page.path.startswith(restricted.path) for restricted in _restricted(memo))


def _private_q(queryset):
    memo = _memo.get()
    if memo is None:
        return _wagtail_private_q(queryset)
    q = Q()
    for page in _restricted(memo):
        q |= queryset.descendant_of_q(page, inclusive=True)
    # As Wagtail's: no private section matches no page.
    return q if q else Q(pk__in=[])


def _get_view_restrictions(page):
    """No restriction anywhere on the site (the usual case): none for this page, without the two
    queries of Wagtail's look-up (its ancestors' aliases, then their restrictions)."""
    memo = _memo.get()
    if memo is not None and not _restricted(memo):
        return PageViewRestriction.objects.none()
    return _wagtail_get_view_restrictions(page)


def _get_active(cls):
    memo = _memo.get()
    if memo is None:
        return _wagtail_get_active(cls)
    locales = memo.setdefault("locales", {})
    language = translation.get_language()
    if language not in locales:
        locales[language] = _shared_locales().get(_content_language(language)) or _wagtail_get_active(cls)
    return locales[language]


def _get_default(cls):
    """The default language's Locale, from the shared set like the active one."""
    if _memo.get() is None:
        return _wagtail_get_default(cls)
    return _shared_locales().get(_content_language(settings.LANGUAGE_CODE)) or _wagtail_get_default(cls)


def _content_language(language):
    try:
        return get_supported_content_language_variant(language)
    except LookupError:
        return None


def _shared_locales():
    """{language code: Locale}, kept with the shared fragments: saving or deleting a Locale retires them
    (home/content_version.py), so every process reads the new set at its next request."""
    return kept("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def _forget(**kwargs):
    memo = _memo.get()
    if memo is not None:
        memo.clear()


def install():
    from home.routing import find_site, route_for_request

    Site._find_for_request = staticmethod(find_site)
    Page.route_for_request = staticmethod(route_for_request)
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
    Locale.get_active = classmethod(_get_active)
    Locale.get_default = classmethod(_get_default)
    for model in (PageViewRestriction, Locale):
        post_save.connect(_forget, sender=model, dispatch_uid=f"request_memo_save_{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"request_memo_delete_{model.__name__}")
