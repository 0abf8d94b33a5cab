"""Entities of the innovation-ecosystem directory as the API shows them."""

from django.utils import translation

from home.api_fields import PageField
from indicators.figures import latest_values
from indicators.models import indicators_in


class EcosystemEntityListField(PageField):
    """Entities of the innovation-ecosystem directory, as the page's method (named here) lists them."""

    def __init__(self, method, **kwargs):
        super().__init__(**kwargs)
        self.method = method

    def to_representation(self, page):
        entities = getattr(page, self.method)()
        with translation.override(page.locale.language_code):
            return [self.entity(e) for e in entities]

    @staticmethod
    def entity(e):
        return {
            "name": e.name,
            "category": e.category,
            "category_label": str(e.get_category_display()),
            "description": e.description,
            "website": e.website,
            "address": e.address,
            "municipality": e.municipality,
            "province": e.province,
            "latitude": float(e.latitude) if e.latitude is not None else None,
            "longitude": float(e.longitude) if e.longitude is not None else None,
            "coordinates_approximate": e.coordinates_approximate,
        }


class IndicatorValuesField(PageField):
    """The card's indicators: the latest stored value of each for the card's territory, with year and source."""

    def to_representation(self, page):
        code = page.indicator_code
        if not code:
            return []
        named = indicators_in(page.locale)
        latest = latest_values([code])
        rows = [(named[key], value) for (key, _code), value in latest.items() if key in named]
        rows.sort(key=lambda row: (row[0].sort_order, row[0].name))
        return [
            {
                "key": indicator.key,
                "name": indicator.name,
                "unit": indicator.unit,
                "category": indicator.category,
                "territory": value.territory,
                "year": value.year,
                "value": float(value.value),
                "source": value.source,
                "url": value.url,
                "approximate": value.approximate,
                "illustrative": value.illustrative,
            }
            for indicator, value in rows
        ]
