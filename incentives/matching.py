"""The incentives a territory card, a sector page or a catalogue site shows: those that apply there."""

from incentives.eligibility import applies, with_sector_names
from incentives.models import Incentive, IncentiveIndexPage


def incentives_in(locale_id):
    return Incentive.objects.filter(locale_id=locale_id).prefetch_related("sectors", "business_functions")


def finder(locale_id):
    return IncentiveIndexPage.objects.live().public().filter(locale_id=locale_id).first()


def for_territory(code, locale_id):
    """Incentives open on the territory `code` (a province sigla, ZLS or ZIS), whole-region ones included."""
    if not code:
        return []
    return [i for i in incentives_in(locale_id) if applies(i, territories=[code])]


def for_sector(sector):
    """Incentives a company of this sector may claim (those open to every sector included)."""
    found = [i for i in incentives_in(sector.locale_id) if applies(i, sector=sector.translation_key)]
    return with_sector_names(found, sector.locale_id)


def for_site(codes, in_aid_area, locale_id):
    """Incentives for a project on a site lying in `codes` (its province, ZLS, ZIS)."""
    return [i for i in incentives_in(locale_id) if applies(i, territories=codes, in_aid_area=in_aid_area)]
