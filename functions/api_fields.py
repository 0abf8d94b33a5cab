"""The business-function page as the API shows it: the function and what the page lists, by query."""

from django.utils import translation

from functions import related
from home.api_fields import PageField, absolute


def _url(page, request):
    return absolute(request, page.get_url(request))


def _figures(page, request):
    return [
        {
            "indicator": row["indicator"].key,
            "name": row["indicator"].name,
            "unit": row["indicator"].unit,
            "values": [
                {
                    "territory": cell["code"],
                    "year": cell["value"].year,
                    "value": float(cell["value"].value),
                    "source": cell["value"].source,
                    "url": cell["value"].url,
                }
                for cell in row["cells"]
                if cell["value"] is not None
            ],
        }
        for row in related.figures_for(page.indicators.all(), page.locale)
    ]


def _sectors(page, request):
    function = page.function_in_locale
    return [
        {"id": s.pk, "title": s.title, "url": _url(s, request)} for s in related.sectors_for(function, page.locale_id)
    ]


def _territories(page, request):
    function = page.function_in_locale
    keys = [s.translation_key for s in related.sectors_for(function, page.locale_id)]
    territories = related.territories_for(keys, related.sites_for(function, page.locale_id), page.locale_id)
    return [{"id": t.pk, "title": t.title, "kind": t.kind, "url": _url(t, request)} for t in territories]


def _sites(page, request):
    sites = related.sites_for(page.function_in_locale, page.locale_id)[: related.SHOWN]
    return [
        {"id": s.pk, "title": s.title, "municipality": s.municipality, "province": s.province, "url": _url(s, request)}
        for s in sites
    ]


def _incentives(page, request):
    return [
        {"id": i.pk, "name": i.name, "provider": i.provider, "instrument": i.instrument, "legal_basis": i.legal_basis}
        for i in related.incentives_for(page.function_in_locale, page.locale_id)
    ]


def _stories(page, request):
    stories = related.stories_for(page.function_in_locale, page.locale_id)[: related.SHOWN]
    return [{"id": s.pk, "title": s.title, "company_name": s.company_name, "url": _url(s, request)} for s in stories]


LISTS = {
    "figures": _figures,
    "sectors": _sectors,
    "territories": _territories,
    "sites": _sites,
    "incentives": _incentives,
    "stories": _stories,
}


class RelatedField(PageField):
    """One of the page's lists (functions/related.py), in the page's language."""

    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.build = LISTS[name]

    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return self.build(page, self.context.get("request"))


class FunctionField(PageField):
    """The business function in the page's language: its key (the `?function=` of other filters) and name."""

    def to_representation(self, page):
        function = page.function_in_locale
        return {"key": function.key, "name": function.name} if function else None
