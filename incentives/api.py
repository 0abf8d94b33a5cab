"""/api/v2/incentives/: the finder's incentives as JSON, with the finder page's filters.

The parameters are the page's (incentives/filters.py) plus `locale`; unlike the page, which drops an
invalid filter and says so beside it, the API refuses the request with 400 and the fields' messages,
so a client never takes a partial answer for the one it asked.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.api_fields import absolute
from incentives.api_fields import incentive_data
from incentives.eligibility import with_sector_names
from incentives.filters import IncentiveFilterSet
from incentives.matching import finder, incentives_in


def error(status, code, message, fields=None):
    body = {"error": {"status": status, "code": code, "message": message}}
    if fields:
        body["error"]["fields"] = fields
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def incentives(request):
    language = request.GET.get("locale") or getattr(request, "LANGUAGE_CODE", "en")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return error(400, "invalid_query", _("Unknown locale: %(code)s") % {"code": language})
    filters = IncentiveFilterSet(request.GET, queryset=incentives_in(locale.pk), request=request, locale_id=locale.pk)
    if not filters.is_valid():
        fields = {name: [str(message) for message in messages] for name, messages in filters.errors.items()}
        return error(400, "invalid_query", _("Some filters are not valid."), fields)
    page = finder(locale.pk)
    url = absolute(request, page.get_url(request)) if page else ""
    found = with_sector_names(list(filters.qs.select_related("locale")), locale.pk)
    return JsonResponse({"count": len(found), "results": [incentive_data(item, url) for item in found]})


def openapi_paths():
    """The endpoint as api/schema.py documents it: one query parameter per filter of the finder."""
    parameters = []
    for name, spec in IncentiveFilterSet.base_filters.items():
        choices = spec.extra.get("choices") or ()
        schema = {"type": "string"}
        if choices and not callable(choices):
            schema["enum"] = [str(code) for code, _label in choices]
        description = str(spec.label)
        if name == "sector":
            description += ": the sector page's slug in the chosen locale"
        elif name == "function":
            description += ": a business function's key"
        parameters.append(
            {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
        )
    parameters.append(
        {"name": "locale", "in": "query", "required": False, "schema": {"type": "string", "enum": ["en", "it"]}}
    )
    return {
        "/api/v2/incentives/": {
            "get": {
                "summary": "The incentives that may apply to a project (the incentive finder's filters)",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "count and results: each incentive with its eligibility, legal basis, dates "
                        "and last check; an empty list means no restriction of that kind.",
                        "content": {
                            "application/json": {"schema": {"type": "object", "required": ["count", "results"]}}
                        },
                    },
                    "400": {
                        "description": "A filter is not valid: error.fields names it, with its message.",
                        "content": {"application/json": {"schema": {"type": "object", "required": ["error"]}}},
                    },
                },
            }
        }
    }
