"""A brief ranks the fixed set of sites (conftest.SITES) the same way on every engine, and says why."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import translation

from opportunities.brief import explanations
from opportunities.brief_form import BriefForm
from opportunities.catalogue_query import CatalogueQuery

pytestmark = pytest.mark.django_db

# Everything a nice-to-have but the provinces. Fits, 1 per need met, partial for numbers that miss:
#   P 7 (everything)          Q 6.5 (power 1500/2000 = .75, ceiling 6/8 = .75)
#   U 5.5 (power .5, budget 6M = twice the budget: 0)   V 4.5 (concession 0, offices 0, ceiling .5)
#   S 3.5 (area 10000/20000 = .5; no power, price or ceiling stated)
#   W 3 and R 3 (W published later: first)
#   T: in Milan, which the must-have leaves out
BRIEF = (
    "need_function=logistics&need_site_area_min=20000&need_site_area_max=60000&need_ceiling_height=8"
    "&need_power=2000&need_tenure=sale&need_budget=3000000&need_province=BG&need_province=BS"
    "&need_available=2027-06-30&must=province"
)
RANKED = "PQUVSWR"


def brief_of(querystring):
    form = BriefForm(QueryDict(querystring))
    brief = form.brief()
    assert form.is_valid(), form.errors
    return brief


def ranked(engine, sites, querystring=BRIEF, locale="en", **kwargs):
    root = sites["index" if locale == "en" else "it_index"].url_path
    with translation.override(locale):  # the form offers the sectors of the visitor's language
        brief = brief_of(querystring)
    query = CatalogueQuery(brief=brief, sort="fit", locale=locale, root_path=root, page_size=50, **kwargs)
    return engine.search(query)


def letters(result):
    return "".join(hit.title[0] for hit in result.hits)


def test_a_brief_ranks_sites_by_fit_and_its_must_haves_leave_the_others_out(engine, sites):
    result = ranked(engine, sites)
    assert letters(result) == RANKED
    assert result.total == len(RANKED)


def test_every_need_a_must_have_keeps_only_the_sites_that_meet_them_all(engine, sites):
    everything_a_must = BRIEF.replace("&must=province", "") + "".join(
        f"&must={key}"
        for key in ("function", "site_area", "ceiling_height", "power", "tenure", "budget", "province", "available")
    )
    assert letters(ranked(engine, sites, everything_a_must)) == "P"


def test_a_must_have_range_and_a_nice_to_have_distance(engine, sites):
    """Distances are computed from the municipality's centre on save: the fit uses what the site says."""
    site_w_km = sites["W"].distance_motorway_km
    querystring = f"need_site_area_min=30000&must=site_area&need_motorway={site_w_km}"
    result = ranked(engine, sites, querystring)
    assert set(letters(result)) == {"P", "Q", "R", "T", "V"}  # W states no site area

    def fit(site):
        km = site.distance_motorway_km
        return 1.0 if km <= site_w_km else max(0.0, 2 - km / site_w_km)

    expected = sorted(result.hits, key=lambda s: (-fit(s), -s.first_published_at.timestamp()))
    assert letters(result) == "".join(s.title[0] for s in expected)


def test_a_sector_matches_in_every_language(engine, sites):
    english = ranked(engine, sites, "need_sector=logistics&must=sector")
    assert letters(english) == "Q"
    italian = ranked(engine, sites, "need_sector=logistica&must=sector", locale="it")
    assert [hit.pk for hit in italian.hits] == [sites["it-Q"].pk]


def test_an_availability_date_as_a_must_have_keeps_sites_without_a_date(engine, sites):
    """No date means available now, as on the site's page; R, from 2028, is left out."""
    assert letters(ranked(engine, sites, "need_available=2027-12-31&must=available")) == "WVUTSQP"


def test_the_explanation_says_what_each_site_meets_with_its_own_numbers(engine, sites):
    result = ranked(engine, sites)
    with translation.override("en"):
        found = explanations(brief_of(BRIEF), result.hits)
    depot = found[sites["Q"].pk]
    assert depot.summary == "Meets 6 of 8 needs"
    lines = {line.key: line for line in depot.lines}
    assert (lines["power"].met, lines["power"].text) == (False, "1,500 kW of 2,000 kW asked")
    assert (lines["ceiling_height"].met, lines["ceiling_height"].text) == (False, "6 m of 8 m asked")
    assert lines["tenure"].met and lines["tenure"].text == "For sale or lease"
    assert lines["budget"].text == "€3,000,000 (at most €3,000,000 asked)"
    assert lines["available"].text == "Available from 1 March 2027 (by 30 June 2027 asked)"
    assert lines["province"].must and lines["province"].text == "Brescia"
    assert lines["function"].text == "Logistics and warehousing permitted, as Logistics & maintenance needs"

    yard = found[sites["S"].pk]
    yard_lines = {line.key: line for line in yard.lines}
    assert yard_lines["budget"].text == "Price on request" and not yard_lines["budget"].met
    assert yard_lines["power"].text == "Not stated"
    assert yard_lines["site_area"].text == "10,000 m², outside the 20,000 m² to 60,000 m² asked"


def test_each_explanation_agrees_with_the_facts_of_its_site(engine, sites):
    """For every result and need, "met" is what the site's stored facts say."""
    result = ranked(engine, sites)
    found = explanations(brief_of(BRIEF), result.hits)
    for site in result.hits:
        met = {line.key: line.met for line in found[site.pk].lines}
        assert met == {
            "function": "logistics" in site.permitted_uses,
            "site_area": site.site_area_m2 is not None and 20000 <= site.site_area_m2 <= 60000,
            "ceiling_height": site.ceiling_height_m is not None and site.ceiling_height_m >= 8,
            "power": site.power_kw is not None and site.power_kw >= 2000,
            "tenure": site.tenure in ("sale", "either"),
            "budget": site.asking_price_eur is not None and site.asking_price_eur <= 3_000_000,
            "province": site.province in ("BG", "BS"),
            "available": site.available_from is None or site.available_from <= datetime.date(2027, 6, 30),
        }, site.title


def test_the_italian_explanation_writes_numbers_the_italian_way(sites):
    with translation.override("it"):
        found = explanations(brief_of(BRIEF), [sites["Q"]])
        summary = found[sites["Q"].pk].summary
    lines = {line.key: line for line in found[sites["Q"].pk].lines}
    assert lines["power"].text == "1.500 kW su 2.000 kW richiesti"
    assert lines["budget"].text == "3.000.000 € (richiesti al massimo 3.000.000 €)"
    assert summary == "Esigenze soddisfatte: 6 su 8"
