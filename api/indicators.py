"""/api/v2/indicators/: every indicator with its sourced, dated values, as the incentives endpoint serves its list.

Filters: `territory` (a code of indicators/territory_codes.py, repeatable), `indicator` (a key,
repeatable) and `locale` (names and units in that language). A bad value is refused with 400 and a
translated message per field, never ignored, so a client never takes a partial answer for the one it asked.
"""

from django import forms
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from incentives.api import error
from indicators.models import Indicator, IndicatorValue, indicators_in
from indicators.territory_codes import TERRITORIES


class IndicatorFilterForm(forms.Form):
    territory = forms.MultipleChoiceField(
        required=False,
        choices=TERRITORIES,
        label=gettext_lazy("Territory code"),
        error_messages={"invalid_choice": gettext_lazy("Unknown territory code: %(value)s.")},
    )
    indicator = forms.MultipleChoiceField(
        required=False,
        label=gettext_lazy("Indicator key"),
        error_messages={"invalid_choice": gettext_lazy("Unknown indicator key: %(value)s.")},
    )

    def __init__(self, *args, keys=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [(key, key) for key in keys]


def value_data(value):
    return {
        "territory": value.territory,
        "year": value.year,
        "date": value.date.isoformat() if value.date else None,
        "value": float(value.value),
        "source": value.source,
        "dataset": value.dataset,
        "url": value.url,
        "note": value.note,
        "approximate": value.approximate,
        "illustrative": value.illustrative,
    }


def indicators(request):
    language = request.GET.get("locale") or getattr(request, "LANGUAGE_CODE", "en")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return error(400, "invalid_query", _("Unknown locale: %(code)s") % {"code": language})
    named = indicators_in(locale)
    form = IndicatorFilterForm(request.GET, keys=sorted(named))
    if not form.is_valid():
        fields = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
        return error(400, "invalid_query", _("Some filters are not valid."), fields)
    keys = form.cleaned_data["indicator"] or sorted(named)
    values = IndicatorValue.objects.filter(indicator__key__in=keys).select_related("indicator")
    if form.cleaned_data["territory"]:
        values = values.filter(territory__in=form.cleaned_data["territory"])
    by_key = {}
    for value in values.order_by("territory", "-year"):
        by_key.setdefault(value.indicator.key, []).append(value_data(value))
    results = [
        {
            "key": key,
            "name": named[key].name,
            "description": named[key].description,
            "unit": named[key].unit,
            "category": named[key].category,
            "higher_is_better": named[key].higher_is_better,
            "values": by_key.get(key, []),
        }
        for key in sorted(keys, key=lambda k: (named[k].sort_order, named[k].name))
    ]
    return JsonResponse({"count": len(results), "results": results})


def openapi_paths():
    """The endpoint as api/schema.py documents it."""
    territory_codes = [code for code, _name in TERRITORIES]
    categories = [code for code, _label in Indicator.Category.choices]
    return {
        "/api/v2/indicators/": {
            "get": {
                "summary": "Sourced, dated figures per territory (provinces, ZLS, ZIS, Lombardy, Italy)",
                "parameters": [
                    {
                        "name": "territory",
                        "in": "query",
                        "required": False,
                        "description": "A territory code; repeat it for several.",
                        "schema": {"type": "array", "items": {"type": "string", "enum": territory_codes}},
                        "style": "form",
                        "explode": True,
                    },
                    {
                        "name": "indicator",
                        "in": "query",
                        "required": False,
                        "description": "An indicator's key; repeat it for several.",
                        "schema": {"type": "array", "items": {"type": "string"}},
                        "style": "form",
                        "explode": True,
                    },
                    {
                        "name": "locale",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": ["en", "it"]},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "count and results: each indicator (key, name, unit, category: "
                        + ", ".join(categories)
                        + ") with its values, each with territory, year, value, source and URL.",
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
