"""Serializer fields the page types use in their `api_fields`.

Kept free of model imports at module level, so models can import these without a cycle.
"""

from django.urls import reverse
from django.utils import translation
from rest_framework import serializers


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


class LocalizedSnippetsField(serializers.Field):
    """A many-to-many of translatable snippets, in the page's language.

    wagtail-localize copies such links to a translation unchanged (they keep pointing at the
    English snippets), so the snippets are looked up by translation_key in the page's locale.
    """

    def __init__(self, relation, attributes, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.relation = relation
        self.attributes = attributes

    def to_representation(self, page):
        manager = getattr(page, self.relation)
        keys = [item.translation_key for item in manager.all()]
        model = manager.model
        translations = model.objects.filter(translation_key__in=keys, locale_id=page.locale_id)
        if hasattr(model, "live"):  # linked pages: only published ones
            translations = translations.filter(live=True)
        found = {item.translation_key: item for item in translations}
        items = [found.get(key) for key in keys]
        return [{name: getattr(item, name) for name in self.attributes} for item in items if item is not None]


class ChoiceLabelsField(serializers.Field):
    """{field: human label} for coded fields, so a client needs no copy of the code lists."""

    def __init__(self, fields, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.fields_to_label = fields

    def to_representation(self, obj):
        with translation.override(obj.locale.language_code):  # the page's language
            return {name: str(getattr(obj, f"get_{name}_display")()) for name in self.fields_to_label}


class BookletField(serializers.Field):
    """A sector booklet's description, the page with its form, and the API to request it.

    Never the file: the PDF is reached only through the signed link a booklet request returns.
    """

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, sector):
        booklet = sector.booklet
        if booklet is None:
            return None
        request = self.context.get("request")
        return {
            "title": booklet.title,
            "subtitle": booklet.subtitle,
            "description": booklet.description,
            "language": booklet.locale.language_code,
            "pages": booklet.page_count,
            "edition": booklet.edition,
            "form_url": absolute(request, sector.booklet_url(request)),
            "request_url": absolute(request, reverse("api:lead_booklet", args=[sector.pk])),
        }


class FloatField(serializers.FloatField):
    """Coordinates as JSON numbers (Django's DecimalField would give strings)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class CodeListField(serializers.ListField):
    """A field stored as a set of codes (permitted uses), as a JSON list."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(child=serializers.CharField(), **kwargs)


class DistancesField(serializers.Field):
    """Straight-line distances from an opportunity to the nearest motorway, airport, rail terminal, port."""

    KINDS = ("motorway", "airport", "rail", "port")

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, site):
        return {
            kind: {"nearest": getattr(site, f"nearest_{kind}"), "km": getattr(site, f"distance_{kind}_km")}
            for kind in self.KINDS
            if getattr(site, f"distance_{kind}_km") is not None
        }


class EcosystemEntityListField(serializers.Field):
    """Entities of the innovation-ecosystem directory, from a method or for the page's locale."""

    def __init__(self, method=None, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.method = method

    def to_representation(self, page):
        if self.method:
            entities = getattr(page, self.method)()
        else:
            from territories.models import EcosystemEntity

            entities = EcosystemEntity.objects.filter(locale_id=page.locale_id).order_by("category", "name")
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


class PageLinkField(serializers.Field):
    """An absolute link to another endpoint for this page (an iCalendar file, a feed)."""

    def __init__(self, method, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.method = method

    def to_representation(self, page):
        request = self.context.get("request")
        return absolute(request, getattr(page, self.method)(request))


class EndpointLinkField(serializers.Field):
    """The absolute address of an API endpoint about this page (its enquiry form, for example)."""

    def __init__(self, url_name, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.url_name = url_name

    def to_representation(self, page):
        return absolute(self.context.get("request"), reverse(self.url_name, args=[page.pk]))


class CatalogueSearchLinkField(serializers.Field):
    """Where to search a catalogue page's sites through the API, in the page's language."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        url = f"{reverse('api:catalogue')}?locale={page.locale.language_code}"
        return absolute(self.context.get("request"), url)
