"""{% locator_map site %}: a site's locator map for a card or its page (opportunities.locator_map), and its credit."""

from django import template

from opportunities.locator_map import CARD, locator_svg
from territories.geography import CREDIT

register = template.Library()


@register.simple_tag
def locator_map(site):
    return locator_svg(site, CARD)


@register.simple_tag
def locator_credit():
    """Whom the outlines are from, for the caption or note that credits them (CC BY 4.0)."""
    return CREDIT
