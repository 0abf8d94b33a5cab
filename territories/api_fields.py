"""Entities of the innovation-ecosystem directory as the API shows them."""

from django.utils import translation

from home.api_fields import PageField


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
