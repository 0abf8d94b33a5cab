"""The OpenAPI description of Wagtail's endpoints as this site serves them: pages, images, documents.

Each page type is a schema of its own listing the fields its `api_fields` expose, so a front end
reads per type what `?type=sectors.SectorPage&fields=*` returns. Field values are left untyped
(described, not constrained): their shapes come from Wagtail's serializers (StreamField blocks,
renditions, related pages), and documenting them loosely is honest where typing them by hand
would drift. Listing parameters are those of Wagtail's API v2 that the site supports.
"""

from django.conf import settings
from wagtail.models import get_page_models

STRING = {"type": "string"}
ID = {"type": "integer", "minimum": 1}
LISTING_META = {"type": "object", "properties": {"total_count": {"type": "integer"}}}


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def page_type_name(model):
    return f"{model._meta.app_label}.{model.__name__}"


def _page_models():
    return [model for model in get_page_models() if model._meta.app_label != "wagtailcore"]


def _field_description(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:  # an APIField that is a property or a serializer of its own, not a model field
        return name.replace("_", " ")


def page_schemas():
    """{schema name: schema} for every page type, and the generic page every item fits."""
    schemas = {
        "Page": {
            "type": "object",
            "required": ["id", "meta", "title"],
            "properties": {
                "id": {"type": "integer"},
                "title": STRING,
                "meta": {
                    "type": "object",
                    "properties": {
                        "type": {**STRING, "description": "The page type, as app_label.ModelName."},
                        "html_url": {**STRING, "nullable": True},
                        "slug": STRING,
                        "locale": STRING,
                        "first_published_at": {**STRING, "nullable": True},
                    },
                },
            },
        }
    }
    for model in _page_models():
        fields = {
            field.name: {"description": _field_description(model, field.name)}
            for field in getattr(model, "api_fields", [])
        }
        schemas[f"Page.{page_type_name(model)}"] = {
            "allOf": [_ref("Page"), {"type": "object", "properties": fields}],
            "description": f"{model._meta.verbose_name}: `?type={page_type_name(model)}&fields=*`.",
        }
    schemas["Listing"] = {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {"meta": LISTING_META, "items": {"type": "array", "items": {"type": "object"}}},
    }
    return schemas


def _query(name, schema, description):
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _listing_parameters(*extra):
    return [
        _query("offset", {"type": "integer", "minimum": 0}, "How many items to skip."),
        _query(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
            "How many items to return.",
        ),
        _query("fields", STRING, "Comma-separated fields to add (`*` for all, `-name` to leave one out)."),
        _query("order", STRING, "A field to sort by (`-field` descending, `random`)."),
        _query("search", STRING, "Words to search for, in the request's language."),
        *extra,
    ]


def _detail(summary, schema, not_found):
    return {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": ID}],
        "get": {
            "summary": summary,
            "responses": {
                "200": {"description": "The item.", "content": {"application/json": {"schema": schema}}},
                "400": not_found["400"],
                "404": not_found["404"],
            },
        },
    }


def _listing(summary, parameters, error_responses):
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "One page of items.",
                    "content": {"application/json": {"schema": _ref("Listing")}},
                },
                **error_responses,
            },
        }
    }


def openapi_paths(locale_parameter, error_responses):
    page_types = sorted(page_type_name(model) for model in _page_models())
    pages = [
        _query("type", {"type": "string", "enum": page_types}, "Only pages of this type; its fields become available."),
        _query("child_of", ID, "Only the children of this page."),
        _query("descendant_of", ID, "Only pages below this one."),
        _query("translation_of", ID, "The translations of this page (with locale: the one in that language)."),
        _query("slug", STRING, "The page with this slug."),
        *_listing_parameters(locale_parameter),
    ]
    page_detail = {"anyOf": [_ref(f"Page.{name}") for name in page_types] + [_ref("Page")]}
    images_and_documents = _listing_parameters()
    return {
        "/api/v2/pages/": _listing(
            "Live public pages (any type; `type` for one type's fields)", pages, error_responses
        ),
        "/api/v2/pages/{id}/": _detail(
            "One live public page with every field of its type", page_detail, error_responses
        ),
        "/api/v2/images/": _listing("Images, with their renditions on request", images_and_documents, error_responses),
        "/api/v2/images/{id}/": _detail("One image", {"type": "object"}, error_responses),
        "/api/v2/documents/": _listing("Documents outside private collections", images_and_documents, error_responses),
        "/api/v2/documents/{id}/": _detail("One document", {"type": "object"}, error_responses),
    }
