"""What a business-function page lists, found by query in the page's language, never picked by hand.

Links are matched by `translation_key`: an Italian page copied by wagtail-localize may still point
at the English function, sector or territory it was copied from. Untranslated copies are left out, as
from every listing (home/translation_state.py).

- sectors: the live sector pages that target the function;
- territories: the cards whose vocation sectors are among those, and the provinces of the fitting sites;
- sites: the available sites whose permitted uses host the function (opportunities/sector_sites.py);
- incentives: those a project of this function may claim (incentives/eligibility.py);
- stories: the success stories of investors who set up this function.
"""

from django.db.models import Q

from home.landmarks import landmark
from home.translation_state import translated_only
from incentives.eligibility import applies, with_sector_names
from incentives.matching import finder, shown_in
from indicators.figures import latest_values
from indicators.models import indicators_in, oldest_current_year
from indicators.territory_codes import ITALY, LOMBARDY, territory_name
from opportunities.fields import contains
from opportunities.models import OpportunityIndexPage, OpportunityPage
from opportunities.sector_sites import USES_BY_FUNCTION
from sectors.models import BusinessFunction, SectorPage
from stories.models import StoryIndexPage, SuccessStoryPage
from territories.models import TerritoryPage

SHOWN = 6


def function_in_locale(function, locale_id):
    """The business function in this locale (its own translation when there is one)."""
    if function is None or function.locale_id == locale_id:
        return function
    found = BusinessFunction.objects.filter(translation_key=function.translation_key, locale_id=locale_id).first()
    return found or function


def fitting_uses(function):
    return sorted(USES_BY_FUNCTION.get(function.key, [])) if function else []


def sectors_for(function, locale_id):
    if function is None:
        return SectorPage.objects.none()
    sectors = (
        SectorPage.objects.live()
        .public()
        .filter(locale_id=locale_id, business_functions__translation_key=function.translation_key)
    )
    return translated_only(sectors).distinct().order_by("path")


def sites_for(function, locale_id):
    uses = fitting_uses(function)
    if not uses:
        return OpportunityPage.objects.none()
    fits = Q()
    for use in uses:
        fits |= Q(permitted_uses__contains=contains(use))
    # An untranslated copy of a site is no site of this language (home/translation_state.py).
    return translated_only(
        OpportunityPage.objects.live().public().filter(fits, locale_id=locale_id, owner_consent=True)
    ).order_by("-last_verified", "title")


def territories_for(sector_keys, sites, locale_id):
    """Cards whose vocation sectors target the function, and the provinces where its sites are."""
    match = Q(sectors__translation_key__in=sector_keys) | Q(
        kind=TerritoryPage.Kind.PROVINCE, province_code__in=sites.values("province")
    )
    territories = TerritoryPage.objects.live().public().filter(match, locale_id=locale_id)
    return translated_only(territories).distinct().order_by("path")


def incentives_for(function, locale_id):
    if function is None:
        return []
    found = [i for i in shown_in(locale_id) if applies(i, function=function.translation_key)]
    return with_sector_names(found, locale_id)


def stories_for(function, locale_id):
    if function is None:
        return SuccessStoryPage.objects.none()
    stories = (
        SuccessStoryPage.objects.live()
        .public()
        .filter(locale_id=locale_id, business_function__translation_key=function.translation_key)
    )
    return translated_only(stories).select_related("social_image").order_by("-year", "title")


def figures_for(indicators, locale):
    """Lombardy's and Italy's latest stored value of each chosen indicator, with year and source.

    Each row has a cell for Lombardy and one for Italy (None: not available); an indicator with neither
    has no row, so nothing is shown unsourced.
    """
    keys = [indicator.key for indicator in indicators]
    if not keys:
        return []
    named = indicators_in(locale)
    latest = latest_values([LOMBARDY, ITALY])
    oldest = oldest_current_year()
    rows = []
    for key in keys:
        cells = []
        for code in (LOMBARDY, ITALY):
            value = latest.get((key, code))
            if value is not None:
                value.older = value.year < oldest
            cells.append({"code": code, "name": territory_name(code), "value": value})
        if key in named and any(cell["value"] is not None for cell in cells):
            rows.append({"indicator": named[key], "cells": cells})
    return rows


def function_page_context(page, request):
    """Everything the page lists; the template shows at most SHOWN of each, with a link to the rest."""
    locale_id = page.locale_id
    function = function_in_locale(page.business_function, locale_id)
    sectors = list(sectors_for(function, locale_id))
    fitting = sites_for(function, locale_id)
    sites = list(fitting[: SHOWN + 1])
    uses = fitting_uses(function)
    catalogue = landmark(OpportunityIndexPage, locale_id)
    return {
        "business_function": function,
        "function_sectors": sectors,
        "function_territories": list(territories_for([s.translation_key for s in sectors], fitting, locale_id)),
        "function_sites": sites[:SHOWN],
        "function_sites_more": len(sites) > SHOWN,
        "function_site_uses": uses,
        "function_catalogue": catalogue if uses else None,
        "function_catalogue_query": "&".join(f"permitted_uses={use}" for use in uses),
        "applicable_incentives": incentives_for(function, locale_id),
        "incentive_finder": finder(locale_id),
        "function_stories": list(stories_for(function, locale_id)[:SHOWN]),
        "story_index": landmark(StoryIndexPage, locale_id),
        "function_figures": figures_for(page.indicators.all(), page.locale),
    }
