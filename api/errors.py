"""One JSON shape for every error of the custom endpoints (documented in the OpenAPI schema):

    {"error": {"status": 400, "code": "invalid_input", "message": "...",
               "fields": {"email": [{"code": "invalid", "message": "..."}]}}}

`message` is in the language of the request; `fields` appears only for rejected input, keyed by
field name, with `non_field` for errors about the input as a whole.
"""

import re

from django.forms.forms import NON_FIELD_ERRORS
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.api.v2.utils import BadRequestError

NON_FIELD = "non_field"


def error_response(status, code, message, fields=None, headers=None):
    body = {"status": status, "code": code, "message": str(message)}
    if fields:
        body["fields"] = fields
    response = JsonResponse({"error": body}, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in (headers or {}).items():
        response[name] = value
    response["Cache-Control"] = "no-store"
    return response


def form_errors(form):
    """A bound form's errors as {field: [{"code", "message"}]}."""
    fields = {}
    for name, errors in form.errors.as_data().items():
        key = NON_FIELD if name == NON_FIELD_ERRORS else name
        fields[key] = [
            {"code": error.code or "invalid", "message": " ".join(str(m) for m in error)} for error in errors
        ]
    return fields


def invalid_input(form):
    return error_response(400, "invalid_input", _("Some of the data sent is not valid."), form_errors(form))


def not_found(message=None):
    return error_response(404, "not_found", message or _("Nothing was found at this address."))


def method_not_allowed(allowed):
    return error_response(
        405, "method_not_allowed", _("This method is not allowed here."), headers={"Allow": ", ".join(allowed)}
    )


def server_error():
    return error_response(500, "server_error", _("Something went wrong on our side. Please try again later."))


def rate_limited(retry_after=3600):
    """`retry_after`: seconds until the limit's window ends (django-ratelimit's fixed windows)."""
    return error_response(
        429,
        "rate_limited",
        _("Too many requests from you in the last hour. Please try again later."),
        headers={"Retry-After": str(retry_after)},
    )


class TranslatedQueryError(BadRequestError):
    """A 400 of the project's own whose message is already in the request's language."""


# Wagtail's API writes its 400 messages in English, untranslatable: each known one is matched here
# and said again in the request's language. Placeholders keep what the client sent.
WAGTAIL_QUERY_ERRORS = [
    (r"offset must be a positive integer", gettext_lazy("offset must be a positive integer")),
    (r"limit must be a positive integer", gettext_lazy("limit must be a positive integer")),
    (r"limit cannot be higher than (?P<max>\d+)", gettext_lazy("limit cannot be higher than %(max)s")),
    (r"unknown fields: (?P<fields>.*)", gettext_lazy("unknown fields: %(fields)s")),
    (
        r"query parameter is not an operation or a recognised field: (?P<fields>.*)",
        gettext_lazy("query parameter is not an operation or a known field: %(fields)s"),
    ),
    (r"type doesn't exist", gettext_lazy("this type does not exist")),
    (
        r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<field>\w+) \(.*\)",
        gettext_lazy("'%(value)s' is not a valid value for %(field)s"),
    ),
    (
        r"field filter error\. null characters are not allowed for (?P<field>\w+)",
        gettext_lazy("null characters are not allowed in %(field)s"),
    ),
    (
        r"random ordering cannot be combined with other fields",
        gettext_lazy("random order cannot be combined with other fields"),
    ),
    (r"random ordering with offset is not supported", gettext_lazy("random order cannot be combined with offset")),
    (
        r"cannot order by '(?P<field>.*)' \((unknown|invalid) field\)",
        gettext_lazy("cannot order by '%(field)s': unknown field"),
    ),
    (r"search is disabled", gettext_lazy("search is not available here")),
    (r"filtering by tag with a search query is not supported", gettext_lazy("tags cannot be filtered while searching")),
    (
        r"cannot (?P<what>filter|order) by '(?P<field>.*)' while searching \(field is not indexed\)",
        gettext_lazy("'%(field)s' cannot be used while searching"),
    ),
    (
        r"(?P<param>child_of|ancestor_of|descendant_of|translation_of) must be a positive integer",
        gettext_lazy("%(param)s must be a positive integer"),
    ),
    (r"(parent|descendant|ancestor|translation_of) page doesn't exist", gettext_lazy("the page given does not exist")),
    (
        r"filtering by descendant_of with child_of is not supported",
        gettext_lazy("descendant_of cannot be combined with child_of"),
    ),
    (r"'(?P<field>.*)' does not support nested fields", gettext_lazy("'%(field)s' has no nested fields")),
    (r"fields error: .*", gettext_lazy("the fields parameter is not valid")),
    (r"Your query returned multiple sites\..*", gettext_lazy("several sites match: add a port number to site")),
    (r"content_type and a valid token are required", gettext_lazy("content_type and a valid token are required")),
]


def query_error_message(exc):
    """The message of a 400 from Wagtail's endpoints, in the active language."""
    message = str(exc)
    if isinstance(exc, TranslatedQueryError):
        return message
    for pattern, translated in WAGTAIL_QUERY_ERRORS:
        if found := re.fullmatch(pattern, message, flags=re.DOTALL):
            return str(translated) % found.groupdict()
    return _("This query is not valid.")
