"""Incentives as the API shows them: on the finder page (`pages/`) and at /api/v2/incentives/."""

from django.utils import translation

from home.api_fields import PageField, absolute
from incentives.eligibility import with_sector_names

CODED = ("company_sizes", "territories", "investment_types")


def incentive_data(incentive, finder_url=""):
    """One incentive: codes with their labels in its language, eligibility, dates and source."""
    with translation.override(incentive.locale.language_code):
        return {
            "id": incentive.pk,
            "translation_key": str(incentive.translation_key),
            "locale": incentive.locale.language_code,
            "name": incentive.name,
            "summary": incentive.summary,
            "provider": incentive.provider,
            "instrument": incentive.instrument,
            **{name: list(getattr(incentive, name)) for name in CODED},
            "sectors": [{"id": page.pk, "title": page.title, "slug": page.slug} for page in incentive.sector_pages],
            "business_functions": [function.key for function in incentive.business_functions.all()],
            "state_aid_area_only": incentive.state_aid_area_only,
            "amount": incentive.amount,
            "opens_on": incentive.opens_on.isoformat() if incentive.opens_on else None,
            "closes_on": incentive.closes_on.isoformat() if incentive.closes_on else None,
            "status": incentive.status(),
            "legal_basis": incentive.legal_basis,
            "official_url": incentive.official_url,
            "last_checked": incentive.last_checked.isoformat(),
            "labels": {
                "provider": str(incentive.get_provider_display()),
                "instrument": str(incentive.get_instrument_display()),
                **{name: incentive.labels(name) for name in CODED},
            },
            "url": f"{finder_url}#{incentive.anchor}" if finder_url else "",
        }


class IncentiveListField(PageField):
    """Every incentive of the finder page's language."""

    def to_representation(self, page):
        request = self.context.get("request")
        url = absolute(request, page.get_url(request))
        incentives = with_sector_names(list(page.all_incentives().select_related("locale")), page.locale_id)
        return [incentive_data(incentive, url) for incentive in incentives]
