"""Visitors' comparison of 2-4 territories side by side, and the ranking of the provinces by one indicator."""

from django.template.response import TemplateResponse
from wagtail.models import Locale

from indicators import figures
from indicators.forms import CompareForm, RankForm
from indicators.models import IndicatorValue, indicators_in
from indicators.territory_codes import PROVINCE_CODES, territory_name


def compare(request):
    locale = Locale.get_active()
    compare_form = CompareForm(request.GET)
    chosen, groups = [], []
    if compare_form.is_valid() and compare_form.cleaned_data["t"]:
        chosen = compare_form.cleaned_data["t"]
        groups = figures.comparison(chosen, locale)
    indicators = indicators_in(locale)
    rankable = set(IndicatorValue.objects.filter(territory__in=PROVINCE_CODES).values_list("indicator__key", flat=True))
    choices = sorted((indicators[k] for k in rankable if k in indicators), key=lambda i: (i.sort_order, i.name))
    rank_form = RankForm(request.GET, indicators=choices)
    ranked = {}
    if rank_form.is_valid() and rank_form.cleaned_data["rank"]:
        indicator, rows, missing = figures.ranking(rank_form.cleaned_data["rank"], locale)
        ranked = {"indicator": indicator, "rows": rows, "missing": missing}
    return TemplateResponse(
        request,
        "indicators/compare.html",
        {
            "compare_form": compare_form,
            "rank_form": rank_form,
            "chosen": [{"code": code, "name": territory_name(code)} for code in chosen],
            "groups": groups,
            "ranked": ranked,
        },
    )
