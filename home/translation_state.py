"""Which pages are really translated, and what a visitor gets when they ask for one that is not.

With synchronised trees (wagtail-localize's LocaleSynchronization), a page created in English gets an
*alias* in every synchronised locale: a copy that mirrors the English page, content, slug and live
status included, until someone translates it (wagtail-localize then turns the alias into an ordinary
page). Such a copy is "untranslated": its `alias_of` is a page of another locale. An alias inside the
same locale (Wagtail's "create alias") is the same language in two places and stays an ordinary page.

An untranslated copy is never public in the wrong language: serving one redirects (302, since the
translation may come tomorrow) to its source page, in the source language, with a notice in the
language the visitor asked for (`?untranslated=it`); and it is left out of menus, listings, search,
the sitemap, hreflang and the language switcher (`translated_only`).
"""

from django.conf import settings
from django.db.models import F, Q
from django.http import HttpResponseRedirect
from django.utils.http import urlencode
from django.utils.translation import get_language_info

NOTICE_PARAMETER = "untranslated"


def untranslated_q(prefix=""):
    """Matches the untranslated copies; `prefix` ("page__") for a query through a relation."""
    return Q(**{f"{prefix}alias_of__isnull": False}) & ~Q(**{f"{prefix}alias_of__locale_id": F(f"{prefix}locale_id")})


def translated_only(pages):
    """The pages of a queryset that are really in their own language."""
    return pages.exclude(untranslated_q())


def is_untranslated(page):
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def fallback_url(page, request):
    """Where a visitor asking for an untranslated copy is sent, with the notice's parameter.

    The source page, in its own language; if that is not public either, the nearest ancestor that is
    translated into the language asked for (at worst its home page). The visitor's query string
    (filters, search) goes along.
    """
    query = request.GET.copy()
    query[NOTICE_PARAMETER] = page.locale.language_code
    source = page.alias_of
    target = source if source.live and not source.get_view_restrictions().exists() else None
    if target is None:
        ancestors = translated_only(page.get_ancestors().filter(depth__gt=1).live().public())
        target = ancestors.order_by("-depth").first()
    url = (target.get_url(request) if target else None) or f"/{page.locale.language_code}/"
    return f"{url}?{urlencode(sorted(query.lists()), doseq=True)}"


def redirect_untranslated(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: an untranslated copy is never served as it is."""
    if is_untranslated(page):
        return HttpResponseRedirect(fallback_url(page, request))
    return None


def notice_language(request):
    """The language a visitor asked for when they were sent here from an untranslated copy, or None."""
    code = request.GET.get(NOTICE_PARAMETER, "") if request is not None else ""
    if code not in dict(settings.LANGUAGES):
        return None
    info = get_language_info(code)
    return {"code": code, "name": info["name_local"]}
