"""Serializer fields for the page types' `api_fields` that any app can use (the API renders them).

They know no model of the project, so every models module can import them: the core imports nothing above it.
"""

from django.urls import reverse
from django.utils import translation
from rest_framework import serializers


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


class PageField(serializers.Field):
    """A read-only value computed from the whole page (DRF's `source="*"`): the base of the fields below."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class LocalizedSnippetsField(PageField):
    """A many-to-many of translatable snippets, in the page's language.

    wagtail-localize copies such links to a translation unchanged (they keep pointing at the
    English snippets), so the snippets are looked up by translation_key in the page's locale.
    """

    def __init__(self, relation, attributes, **kwargs):
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


class ChoiceLabelsField(PageField):
    """{field: human label} for coded fields, so a client needs no copy of the code lists."""

    def __init__(self, fields, **kwargs):
        super().__init__(**kwargs)
        self.fields_to_label = fields

    def to_representation(self, obj):
        with translation.override(obj.locale.language_code):  # the page's language
            return {name: str(getattr(obj, f"get_{name}_display")()) for name in self.fields_to_label}


class FloatField(serializers.FloatField):
    """Coordinates as JSON numbers (Django's DecimalField would give strings)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class PageLinkField(PageField):
    """An absolute link to another endpoint for this page (an iCalendar file, a feed)."""

    def __init__(self, method, **kwargs):
        super().__init__(**kwargs)
        self.method = method

    def to_representation(self, page):
        request = self.context.get("request")
        return absolute(request, getattr(page, self.method)(request))


class EndpointLinkField(PageField):
    """The absolute address of an API endpoint about this page (its enquiry form, for example)."""

    def __init__(self, url_name, **kwargs):
        super().__init__(**kwargs)
        self.url_name = url_name

    def to_representation(self, page):
        return absolute(self.context.get("request"), reverse(self.url_name, args=[page.pk]))
