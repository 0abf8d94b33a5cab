"""Wagtail look-ups that do not change during a request, made once per request (issue 11).

Wagtail asks the database again at each call:
- `PageQuerySet.public()` reads every PageViewRestriction (the menus, the language switcher, each
  listing and each hook call it: 5 to 8 times a page);
- `Page.get_view_restrictions()`, which Wagtail's serve checks, reads the page's ancestors and
  their restrictions (2 queries a page, though most sites restrict no page);
- `Locale.get_active()` reads the active language's Locale (the locale middleware, blocks, forms,
  the privacy link: up to 5 times a page).
Within a request, `RequestMemoMiddleware` opens a memo they read instead: the restricted pages
once, and one Locale per language code (a view may switch language with `override()`). Outside a
request (commands, tasks, the shell) nothing is memoised. A restriction or a locale saved or deleted
during the request empties the memo, so the admin's privacy and locale views see their own writes.

`install()` (HomeConfig.ready) swaps the three methods; Wagtail's own do the work when the memo is off.
"""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

_memo = ContextVar("request_memo", default=None)
_wagtail_private_q = PageQuerySet.private_q
_wagtail_get_active = Locale.get_active.__func__
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


def _restricted(memo):
    """The pages under a view restriction, read once per request."""
    if "restricted" not in memo:
        memo["restricted"] = [r.page for r in PageViewRestriction.objects.select_related("page")]
    return memo["restricted"]


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
        locales[language] = _wagtail_get_active(cls)
    return locales[language]


def _forget(**kwargs):
    memo = _memo.get()
    if memo is not None:
        memo.clear()


def install():
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
    Locale.get_active = classmethod(_get_active)
    for model in (PageViewRestriction, Locale):
        post_save.connect(_forget, sender=model, dispatch_uid=f"request_memo_save_{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"request_memo_delete_{model.__name__}")
