"""One JSON shape for every error of the custom endpoints (documented in the OpenAPI schema):

    {"error": {"status": 400, "code": "invalid_input", "message": "...",
               "fields": {"email": [{"code": "invalid", "message": "..."}]}}}

`message` is in the language of the request; `fields` appears only for rejected input, keyed by
field name, with `non_field` for errors about the input as a whole.
"""

from django.forms.forms import NON_FIELD_ERRORS
from django.http import JsonResponse
from django.utils.translation import gettext as _

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
