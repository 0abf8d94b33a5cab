"""An opportunity's coded uses, distances and the catalogue's search endpoint as the API shows them."""

from django.urls import reverse
from rest_framework import serializers

from home.api_fields import PageField, absolute


class CodeListField(serializers.ListField):
    """A field stored as a set of codes (permitted uses), as a JSON list."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(child=serializers.CharField(), **kwargs)


class DistancesField(PageField):
    """Straight-line distances from an opportunity to the nearest motorway, airport, rail terminal, port."""

    KINDS = ("motorway", "airport", "rail", "port")

    def to_representation(self, site):
        return {
            kind: {"nearest": getattr(site, f"nearest_{kind}"), "km": getattr(site, f"distance_{kind}_km")}
            for kind in self.KINDS
            if getattr(site, f"distance_{kind}_km") is not None
        }


class CatalogueSearchLinkField(PageField):
    """Where to search a catalogue page's sites through the API, in the page's language."""

    def to_representation(self, page):
        url = f"{reverse('api:catalogue')}?locale={page.locale.language_code}"
        return absolute(self.context.get("request"), url)
