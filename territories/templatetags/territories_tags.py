"""Entities of the innovation-ecosystem directory shown on sector pages, in the page's language."""

from django import template

from home.landmarks import landmark
from territories.models import EcosystemEntity, EcosystemPage

register = template.Library()


@register.simple_tag
def ecosystem_for_sector(page):
    # Matched by translation_key: an Italian entity may still link the English sector page.
    entities = EcosystemEntity.objects.filter(
        locale_id=page.locale_id, sectors__translation_key=page.translation_key
    ).distinct()
    return EcosystemEntity.group_by_category(list(entities.order_by("name")))


@register.simple_tag
def ecosystem_page(page):
    """The innovation-ecosystem page in the language of the given page, if published."""
    return landmark(EcosystemPage, page.locale_id)
