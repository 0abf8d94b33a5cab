"""The lead score: how complete, how large, how advanced and how engaged a lead is, out of 100.

It orders the desk's lists and nothing else: every lead is answered whatever its score, and no decision
about a person is taken from it. Each part is shown with its points, so anyone can see why a lead scores
what it does (docs/desk.md, "Lead score").
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from desk.models import Inquiry
from leads.models import Lead

# What a complete profile tells the desk, besides the name and address every form requires.
PROFILE = (
    "company",
    "role",
    "country",
    "company_size",
    "stage",
    "sector",
    "business_function",
    "service",
    "timeline",
    "jobs_band",
    "capex_band",
    "description",
)
PROFILE_POINTS = 25
SIZE_POINTS = {
    Lead.CompanySize.MICRO: 4,
    Lead.CompanySize.SMALL: 8,
    Lead.CompanySize.MEDIUM: 12,
    Lead.CompanySize.LARGE: 16,
    Lead.CompanySize.XLARGE: 20,
}
STAGE_POINTS = {Lead.Stage.EXPLORING: 5, Lead.Stage.SHORTLISTING: 12, Lead.Stage.READY: 20}
# Engagement: points per event, up to a cap, so a visitor who downloads ten booklets does not outrank a request.
PER_DOWNLOAD, MAX_DOWNLOADS = 5, 10
PER_REQUEST, MAX_REQUESTS = 5, 15
PER_SITE, MAX_SITES = 2, 10
MAXIMUM = PROFILE_POINTS + max(SIZE_POINTS.values()) + max(STAGE_POINTS.values()) + MAX_DOWNLOADS
MAXIMUM += MAX_REQUESTS + MAX_SITES


@dataclass(frozen=True)
class Part:
    label: str
    points: int
    maximum: int
    reason: str


def _filled(lead, field):
    if Lead._meta.get_field(field).is_relation:
        return getattr(lead, f"{field}_id") is not None
    return bool(getattr(lead, field))


def breakdown(lead):
    """The score's parts for one lead, in the order the desk reads them; their points add up to the score."""
    filled = sum(_filled(lead, field) for field in PROFILE)
    downloads = lead.downloads.count()
    requests = lead.submissions.exclude(kind=Lead.Kind.BOOKLET).count()
    sites = lead.shortlisted_opportunities.count()
    return [
        Part(
            _("Profile completeness"),
            round(PROFILE_POINTS * filled / len(PROFILE)),
            PROFILE_POINTS,
            _("%(filled)d of %(total)d details given") % {"filled": filled, "total": len(PROFILE)},
        ),
        Part(
            _("Company size"),
            SIZE_POINTS.get(lead.company_size, 0),
            max(SIZE_POINTS.values()),
            lead.get_company_size_display() or _("not given"),
        ),
        Part(
            _("Investment stage"),
            STAGE_POINTS.get(lead.stage, 0),
            max(STAGE_POINTS.values()),
            lead.get_stage_display() or _("not given"),
        ),
        Part(
            _("Downloads"),
            min(downloads * PER_DOWNLOAD, MAX_DOWNLOADS),
            MAX_DOWNLOADS,
            ngettext("%(count)d booklet", "%(count)d booklets", downloads) % {"count": downloads},
        ),
        Part(
            _("Enquiries"),
            min(requests * PER_REQUEST, MAX_REQUESTS),
            MAX_REQUESTS,
            ngettext("%(count)d request sent", "%(count)d requests sent", requests) % {"count": requests},
        ),
        Part(
            _("Shortlisted sites"),
            min(sites * PER_SITE, MAX_SITES),
            MAX_SITES,
            ngettext("%(count)d site", "%(count)d sites", sites) % {"count": sites},
        ),
    ]


def total(parts):
    return sum(part.points for part in parts)


def refresh(lead):
    """Stores the lead's score on its inquiry (the number the lists sort by); returns it."""
    value = total(breakdown(lead))
    Inquiry.objects.filter(lead=lead).update(score=value)
    return value


def for_project(project):
    """A project's score is its best lead's: (lead, parts), or (None, []) for a project opened by staff."""
    scored = [(lead, breakdown(lead)) for lead in project.leads.all()]
    if not scored:
        return None, []
    return max(scored, key=lambda pair: total(pair[1]))


def stored_for_project(project):
    """The best stored score of the project's leads (prefetch leads__desk_inquiry), None without one."""
    inquiries = (getattr(lead, "desk_inquiry", None) for lead in project.leads.all())
    return max((inquiry.score for inquiry in inquiries if inquiry is not None), default=None)


# Receivers, connected in DeskConfig.ready after the intake's, so the inquiry exists.
def on_submission_saved(sender, lead, **kwargs):
    refresh(lead)


def on_download_saved(sender, instance, created, **kwargs):
    if created:
        refresh(instance.lead)


def on_shortlist_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Lead):
        refresh(instance)
