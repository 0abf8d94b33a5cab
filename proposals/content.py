"""What a proposal shows, in its language: each chosen site, sector and incentive as translated.

Staff choose pages and incentives in any language; each is shown in the proposal's language where
a real translation exists (never an untranslated copy), else as chosen.
"""

from django.utils.translation import override
from wagtail.models import Locale

from home.translation_state import translated_only
from incentives.models import Incentive
from opportunities.models import OpportunityPage
from sectors.models import SectorPage


def _in_language(chosen, candidates):
    here = {item.translation_key: item for item in candidates}
    return [here.get(item.translation_key, item) for item in chosen]


def assemble(proposal):
    locale = Locale.objects.filter(language_code=proposal.language).first()
    sites = list(proposal.sites.live().order_by("title"))
    sectors = list(proposal.sectors.live().order_by("title"))
    incentives = list(proposal.incentives.all())
    if locale is not None:
        keys = [site.translation_key for site in sites]
        sites = _in_language(
            sites, translated_only(OpportunityPage.objects.live().filter(locale=locale, translation_key__in=keys))
        )
        keys = [sector.translation_key for sector in sectors]
        sectors = _in_language(sectors, SectorPage.objects.live().filter(locale=locale, translation_key__in=keys))
        keys = [incentive.translation_key for incentive in incentives]
        incentives = _in_language(incentives, Incentive.objects.filter(locale=locale, translation_key__in=keys))
    with override(proposal.language):
        # Choice labels (province, tenure, uses) are read now, in the proposal's language.
        facts = [site_facts(site) for site in sites]
    return {"proposal": proposal, "sites": facts, "sectors": sectors, "incentives": incentives}


def site_facts(site):
    return {
        "page": site,
        "title": site.title,
        "summary": site.summary,
        "place": f"{site.municipality} ({site.get_province_display()})",
        "kind": site.get_kind_display(),
        "tenure": site.get_tenure_display(),
        "site_area_m2": site.site_area_m2,
        "covered_area_m2": site.covered_area_m2,
        "asking_price_eur": site.asking_price_eur,
        "power_kw": site.power_kw,
        "uses": [str(label) for label in site.permitted_use_labels],
        "last_verified": site.last_verified,
    }
