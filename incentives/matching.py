"""The incentives a territory card, a sector page or a catalogue site shows: those that apply there.

A language's incentives are few and every one of these pages reads them, so pages share one list of
them with their sectors and functions, kept with the shared fragments (home/content_version.py):
saving or deleting an incentive retires it (incentives/apps.py), as publishing a page does. A page then
reads none; the finder page it links to is one of the landmarks read together (home/landmarks.py).
"""

from home.content_version import kept
from home.landmarks import landmark
from incentives.eligibility import applies
from incentives.models import Incentive, IncentiveIndexPage


def incentives_in(locale_id):
    return Incentive.objects.filter(locale_id=locale_id).prefetch_related("sectors", "business_functions")


def shown_in(locale_id):
    """The language's incentives, in their order, as the pages share them."""
    return kept(f"incentives-in:{locale_id}", lambda: list(incentives_in(locale_id)))


def finder(locale_id):
    return landmark(IncentiveIndexPage, locale_id)


def for_territory(code, locale_id):
    """Incentives open on the territory `code` (a province sigla, ZLS or ZIS), whole-region ones included."""
    if not code:
        return []
    return [i for i in shown_in(locale_id) if applies(i, territories=[code])]


def for_sector(sector):
    """Incentives a company of this sector may claim (those open to every sector included)."""
    return [i for i in shown_in(sector.locale_id) if applies(i, sector=sector.translation_key)]


def for_site(codes, in_aid_area, locale_id):
    """Incentives for a project on a site lying in `codes` (its province, ZLS, ZIS)."""
    return [i for i in shown_in(locale_id) if applies(i, territories=codes, in_aid_area=in_aid_area)]
