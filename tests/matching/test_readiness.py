"""Readiness on every engine (the min_readiness filter, the readiness sort) and its daily recompute."""

import datetime
import io

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command

from opportunities.catalogue_query import CatalogueQuery
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db

# Q, R and V are available only from a later date: level 0 (docs/readiness.md).
LEVELS = {"P": 2, "Q": 0, "R": 0, "S": 1, "T": 1, "U": 1, "V": 0, "W": 1}


def search(engine, sites, **kwargs):
    query = CatalogueQuery(locale="en", root_path=sites["index"].url_path, page_size=50, **kwargs)
    return engine.search(query)


def test_the_fixed_sites_have_the_levels_the_rubric_gives(sites):
    assert {letter: sites[letter].readiness_level for letter in LEVELS} == LEVELS


@pytest.mark.parametrize(("level", "expected"), [(1, "PSTUW"), (2, "P"), (3, "")])
def test_min_readiness_keeps_the_sites_at_or_above_the_level(engine, sites, level, expected):
    result = search(engine, sites, filters={"min_readiness": level})
    assert "".join(sorted(hit.title[0] for hit in result.hits)) == expected
    assert result.total == len(expected)


def test_the_readiness_sort_puts_the_highest_level_first_newest_first_within_a_level(engine, sites):
    result = search(engine, sites, sort="readiness")
    assert "".join(hit.title[0] for hit in result.hits) == "PWUTSVRQ"


def test_the_daily_recompute_lowers_a_level_when_its_verification_grows_old(sites):
    """Nothing is saved in between: only the command, run later, sees that the date went stale."""
    site = sites["S"]
    verified = site.last_verified
    recent = verified + datetime.timedelta(days=settings.OPPORTUNITIES_RECONFIRM_AFTER_DAYS)
    with time_machine.travel(recent, tick=False):
        call_command("recompute_readiness", stdout=io.StringIO())
    assert OpportunityPage.objects.get(pk=site.pk).readiness_level == 1
    out = io.StringIO()
    with time_machine.travel(recent + datetime.timedelta(days=1), tick=False):
        call_command("recompute_readiness", stdout=out)
    assert OpportunityPage.objects.get(pk=site.pk).readiness_level == 0
    assert OpportunityPage.objects.get(pk=sites["P"].pk).readiness_level == 0
    assert out.getvalue().startswith("Readiness levels changed: ")


def test_the_recompute_is_in_the_daily_schedule():
    assert settings.JOB_SCHEDULE["recompute_readiness"]["every_seconds"] == 24 * 3600
