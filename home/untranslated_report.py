"""Editors' report "Untranslated pages": for each language, the pages of the source language that are
not translated into it yet, whether a synchronised copy waits for them (visitors are sent to the
original meanwhile) or there is no copy at all."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from home.translation_state import translated_only, untranslated_q


def untranslated_pages(locale):
    """[(page in the default language, its untranslated copy in `locale` or None)], in tree order."""
    default = Locale.get_default()
    translated = translated_only(Page.objects.filter(locale=locale)).values("translation_key")
    sources = (
        translated_only(Page.objects.filter(locale=default, depth__gt=1))
        .exclude(translation_key__in=translated)
        .order_by("path")
    )
    copies = {
        page.translation_key: page
        for page in Page.objects.filter(
            untranslated_q(), locale=locale, translation_key__in=sources.values("translation_key")
        )
    }
    return [(source, copies.get(source.translation_key)) for source in sources]


def report_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    default = Locale.get_default()
    # Language names in the editor's own admin language ("Italian", "italiano").
    languages = [
        (code, get_language_info(code)["name_translated"])
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != default.language_code
    ]
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=dict(languages))}
    languages = [(code, name) for code, name in languages if code in locales]
    chosen = request.GET.get("language")
    if chosen not in locales and languages:
        chosen = languages[0][0]
    rows = untranslated_pages(locales[chosen]) if chosen else []
    return TemplateResponse(
        request,
        "home/admin/untranslated_pages.html",
        {
            "page_title": _("Untranslated pages"),
            "header_icon": "globe",
            "languages": languages,
            "chosen": chosen,
            "chosen_name": dict(languages).get(chosen, ""),
            "source_name": get_language_info(default.language_code)["name_translated"],
            "rows": rows,
        },
    )
