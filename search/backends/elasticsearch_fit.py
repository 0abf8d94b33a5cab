"""A brief on Elasticsearch: must-haves as filters, the fit of nice-to-haves as a function_score.

The fit is the one opportunities.brief.Score describes (search.backends.database_fit computes it in
SQL): a `weight: 1` function per nice-to-have, filtered by its condition; a number that misses gets
a `linear` decay filtered to the side it misses on. With origin `low`, scale low/2 and decay 0.5 the
decay reaches 0 at a distance of `low` from the origin, so it gives v/low below `low`; from `high`
it gives 2 - v/high, 0 from twice `high`. A filter-less `weight: 1` makes every document match one
function: Elasticsearch scores a document that matches none as 1, not 0.
"""

from elasticsearch.dsl import Q


def condition_query(condition):
    """The query of an opportunities.brief.Condition (permitted_uses and sectors are multi-valued keywords)."""
    field, op, value = condition.field, condition.op, condition.value
    if op == "in":
        return Q("terms", **{field: list(value)})
    if op == "range":
        low, high = value
        bounds = {}
        if low is not None:
            bounds["gte"] = low
        if high is not None:
            bounds["lte"] = high
        return Q("range", **{field: bounds})
    if op == "any_true":
        return Q("bool", should=[Q("term", **{flag: True}) for flag in field], minimum_should_match=1)
    if op == "null_or_lte":
        missing = Q("bool", must_not=[Q("exists", field=field)])
        return Q("bool", should=[missing, Q("range", **{field: {"lte": value.isoformat()}})], minimum_should_match=1)
    raise ValueError(f"Unknown condition: {op}")


def _linear(field, origin, side):
    return {
        "filter": Q("range", **{field: {side: origin}}).to_dict(),
        "linear": {field: {"origin": origin, "scale": origin / 2, "decay": 0.5}},
    }


def functions(scores):
    result = [{"weight": 1}]
    for score in scores:
        result.append({"filter": condition_query(score.condition).to_dict(), "weight": 1})
        if score.low:
            result.append(_linear(score.field, score.low, "lt"))
        if score.high:
            result.append(_linear(score.field, score.high, "gt"))
    return result


def apply(search, brief, score):
    """The search narrowed by the brief's must-haves and, with `score`, scored by its nice-to-haves' fit."""
    for condition in brief.must_conditions():
        search = search.filter(condition_query(condition))
    if not score:
        return search
    search = search._clone()
    # Wraps the whole query (filters and text) rather than adding to it: the fit alone scores.
    search.query._proxied = Q(
        "function_score",
        query=search.query._proxied or Q("match_all"),
        functions=functions(brief.scores()),
        score_mode="sum",
        boost_mode="replace",
    )
    return search
