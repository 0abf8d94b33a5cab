"""The readiness level follows the rubric of docs/readiness.md, criterion by criterion."""

import datetime
from types import SimpleNamespace

import pytest

from opportunities.readiness import assess

TODAY = datetime.date(2027, 3, 1)


def site(**changes):
    """A site that meets every criterion; each case takes one or more away."""
    facts = {
        "owner_consent": True,
        "ownership": "private",
        "available_from": None,
        "last_verified": TODAY - datetime.timedelta(days=30),
        "planning_status": "compliant",
        "environmental_status": "clean",
        "power_kw": 500,
        "has_water": True,
        "has_fibre": True,
        "documents": ["site plan"],
    }
    facts.update(changes)
    return SimpleNamespace(**facts)


@pytest.mark.parametrize(
    ("changes", "level", "missing"),
    [
        ({}, 3, ()),
        ({"environmental_status": "remediated"}, 3, ()),
        ({"documents": []}, 2, ("documents",)),
        ({"has_fibre": False}, 2, ("utilities",)),
        ({"power_kw": None}, 2, ("utilities",)),
        ({"planning_status": "variance"}, 1, ("planning",)),
        ({"environmental_status": "characterisation"}, 1, ("environment",)),
        ({"environmental_status": ""}, 1, ("environment",)),
        # A missing lower criterion caps the level, whatever is met above it.
        ({"last_verified": TODAY - datetime.timedelta(days=183)}, 0, ("verified",)),
        ({"last_verified": TODAY - datetime.timedelta(days=182)}, 3, ()),
        ({"available_from": TODAY + datetime.timedelta(days=1)}, 0, ("ownership",)),
        ({"available_from": TODAY}, 3, ()),
        ({"owner_consent": False}, 0, ("ownership",)),
        ({"planning_status": "in_progress", "documents": []}, 1, ("planning", "documents")),
        (
            {"owner_consent": False, "planning_status": "", "has_water": False, "documents": []},
            0,
            ("ownership", "planning", "utilities", "documents"),
        ),
    ],
)
def test_level_and_missing_criteria_follow_the_rubric(changes, level, missing):
    readiness = assess(site(**changes), TODAY)
    assert readiness.level == level
    assert readiness.missing == missing
    assert set(readiness.met) | set(readiness.missing) == {
        "ownership",
        "verified",
        "planning",
        "environment",
        "utilities",
        "documents",
    }


def test_what_would_raise_the_level_is_the_next_levels_missing_criteria():
    readiness = assess(site(planning_status="variance", documents=[]), TODAY)
    assert readiness.level == 1
    assert readiness.to_next_level == ("planning",)
    assert assess(site(), TODAY).to_next_level == ()
