"""The incentives a territory card, a sector page or a catalogue site shows: those that apply there.

Each reads only what its rule needs (no many-to-many for a territory or a site), so a card costs
one query for the incentives and one for the finder page it links to.
"""

from home.landmarks import landmark
from incentives.eligibility import applies
from incentives.models import Incentive, IncentiveIndexPage


def incentives_in(locale_id):
    return Incentive.objects.filter(locale_id=locale_id).prefetch_related("sectors", "business_functions")


def finder(locale_id):
    return landmark(IncentiveIndexPage, locale_id)


def for_territory(code, locale_id):
    """Incentives open on the territory `code` (a province sigla, ZLS or ZIS), whole-region ones included."""
    if not code:
        return []
    return [i for i in Incentive.objects.filter(locale_id=locale_id) if applies(i, territories=[code])]


def for_sector(sector):
    """Incentives a company of this sector may claim (those open to every sector included)."""
    incentives = Incentive.objects.filter(locale_id=sector.locale_id).prefetch_related("sectors")
    return [i for i in incentives if applies(i, sector=sector.translation_key)]


def for_site(codes, in_aid_area, locale_id):
    """Incentives for a project on a site lying in `codes` (its province, ZLS, ZIS)."""
    incentives = Incentive.objects.filter(locale_id=locale_id)
    return [i for i in incentives if applies(i, territories=codes, in_aid_area=in_aid_area)]
