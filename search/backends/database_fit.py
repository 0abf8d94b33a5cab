"""A brief on the database: must-haves as WHERE conditions, the fit of nice-to-haves as one SQL expression.

The fit is the one opportunities.brief.Score describes (and search.backends.elasticsearch_fit
computes with function scores): 1 per nice-to-have met; a number that misses earns v/low below
`low`, 2 - v/high from `high` up to twice `high`; a missing value earns 0.
"""

from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Cast


def condition_q(condition, model, catalogue):
    """The Q of an opportunities.brief.Condition on the catalogue's model."""
    field, op, value = condition.field, condition.op, condition.value
    if op == "in":
        if field == "permitted_uses":  # one text column of |coded|values| (opportunities.fields)
            match = Q()
            for code in value:
                match |= Q(permitted_uses__contains=catalogue.contains(code))
            return match
        if field == "sectors":  # a many-to-many: a subquery, so that no site comes back twice
            return Q(pk__in=model.objects.filter(sectors__translation_key__in=value).values("pk"))
        return Q(**{f"{field}__in": value})
    if op == "range":
        low, high = value
        match = Q()
        if low is not None:
            match &= Q(**{f"{field}__gte": low})
        if high is not None:
            match &= Q(**{f"{field}__lte": high})
        return match
    if op == "any_true":
        match = Q()
        for flag in field:
            match |= Q(**{flag: True})
        return match
    if op == "null_or_lte":
        return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lte": value})
    raise ValueError(f"Unknown condition: {op}")


def score_expression(score, model, catalogue):
    whens = [When(condition_q(score.condition, model, catalogue), then=Value(1.0))]
    value = Cast(F(score.field), FloatField()) if score.field else None
    if score.low:
        whens.append(When(Q(**{f"{score.field}__lt": score.low}), then=value / Value(score.low)))
    if score.high:
        whens.append(
            When(
                Q(**{f"{score.field}__gt": score.high, f"{score.field}__lt": 2 * score.high}),
                then=Value(2.0) - value / Value(score.high),
            )
        )
    return Case(*whens, default=Value(0.0), output_field=FloatField())


def fit_expression(scores, model, catalogue):
    """The sum of every nice-to-have's score (0 when the brief has none)."""
    total = Value(0.0, output_field=FloatField())
    for score in scores:
        total = total + score_expression(score, model, catalogue)
    return total
