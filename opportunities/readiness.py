"""How ready a site is for an investor to build on: a level from 0 to 3 over its structured facts.

A pure function of the facts (no database, no clock: `today` is passed in), so the same rubric
computes the level stored on save, the criteria staff see missing and what the owner could add.
The rubric, and the certified-site programmes it follows, are in docs/readiness.md.

Levels are cumulative: a site reaches a level when it meets every criterion of that level and of
every level below.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from opportunities.choices import EnvironmentalStatus, PlanningStatus

# Facts verified with the owner longer ago than this no longer count as recent
# (the reminder age of opportunities.freshness, OPPORTUNITIES_RECONFIRM_AFTER_DAYS).
DEFAULT_VERIFIED_WITHIN_DAYS = 182
MAX_LEVEL = 3

# Default names of the levels; editors rename them under Settings → Readiness levels.
DEFAULT_NAMES = {
    0: _("Listed"),
    1: _("Confirmed"),
    2: _("Permit-ready"),
    3: _("Ready to build"),
}
CRITERIA_LABELS = {
    "ownership": _("Ownership and availability confirmed by the owner"),
    "verified": _("Facts verified with the owner in the last six months"),
    "planning": _("Planning permits the uses listed"),
    "environment": _("Environmental status settled: not contaminated, or remediated"),
    "utilities": _("Electricity (available power), water and fibre broadband connected"),
    "documents": _("At least one document on file (a plan, a survey, a technical report)"),
}
# The criteria each level adds to the one below.
RUBRIC = {
    1: ("ownership", "verified"),
    2: ("planning", "environment"),
    3: ("utilities", "documents"),
}
SETTLED_ENVIRONMENT = {EnvironmentalStatus.CLEAN, EnvironmentalStatus.REMEDIATED}


@dataclass(frozen=True)
class Readiness:
    level: int
    met: tuple
    missing: tuple

    @property
    def to_next_level(self):
        """The criteria the next level needs that the site does not meet yet (empty at the top)."""
        return tuple(key for key in RUBRIC.get(self.level + 1, ()) if key in self.missing)


def criteria_met(site, today, verified_within_days=DEFAULT_VERIFIED_WITHIN_DAYS):
    """{criterion: met?} for anything with an OpportunityPage's fact attributes."""
    available_from = getattr(site, "available_from", None)
    last_verified = getattr(site, "last_verified", None)
    available = available_from is None or available_from <= today
    return {
        "ownership": bool(site.owner_consent and site.ownership and available),
        "verified": last_verified is not None
        and last_verified >= today - datetime.timedelta(days=verified_within_days),
        "planning": site.planning_status == PlanningStatus.COMPLIANT,
        "environment": site.environmental_status in SETTLED_ENVIRONMENT,
        "utilities": bool(site.power_kw and site.has_water and site.has_fibre),
        "documents": document_count(site) > 0,
    }


def document_count(site):
    documents = getattr(site, "documents", None)
    return len(documents) if documents else 0


def assess(site, today, verified_within_days=DEFAULT_VERIFIED_WITHIN_DAYS):
    """The site's Readiness: its level and the criteria met and missing, in rubric order."""
    met = criteria_met(site, today, verified_within_days)
    level = 0
    for candidate in sorted(RUBRIC):
        if not all(met[key] for key in RUBRIC[candidate]):
            break
        level = candidate
    order = [key for candidate in sorted(RUBRIC) for key in RUBRIC[candidate]]
    return Readiness(
        level=level,
        met=tuple(key for key in order if met[key]),
        missing=tuple(key for key in order if not met[key]),
    )


def criterion_labels(keys):
    return [CRITERIA_LABELS[key] for key in keys]
