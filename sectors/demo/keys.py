"""The English demo sector pages by their key in data/lombardy-facts.yaml, for other apps' demo links."""

from django.utils.text import slugify

from home.demo.facts import facts
from sectors.models import SectorPage


def english_sector_pages():
    """{sector key: English SectorPage}, as the sectors loader slugged them."""
    keys = {slugify(sector["en"]): sector["key"] for sector in facts()["sectors"]}
    pages = SectorPage.objects.filter(locale__language_code="en", slug__in=keys)
    return {keys[page.slug]: page for page in pages}
