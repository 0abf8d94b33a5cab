"""The picture every site shows: the first photo an editor uploaded, or else its locator map.

A card of the catalogue shows the site's first photo (the gallery's first image) and, until there
is one, the site's locator map (opportunities.locator_map), captioned as a map so nobody takes it for
a photo. The photos of a page of cards are read together, in one query for all of them; the
maps take none.
"""

from opportunities.models import OpportunityPage


def first_photos(sites):
    """{site pk: its first photo (an image carrying the editor's alt text)}, read in one query."""
    block = OpportunityPage.gallery.field.stream_block.child_blocks["image"]
    firsts = {}
    for site in sites:
        item = next((item for item in site.gallery.raw_data if item["type"] == "image"), None)
        if item is not None:
            firsts[site.pk] = item["value"]
    if not firsts:
        return {}
    values = block.bulk_to_python(list(firsts.values()))
    # An image deleted since the page was published leaves its block empty: the map shows instead.
    return {pk: value["image"] for pk, value in zip(firsts, values, strict=True) if value.get("image")}
