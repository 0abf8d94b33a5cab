"""Demo links from territory cards and ecosystem entities to sector pages, as sector_links.yaml reads them.

Runs after the sectors loader (sector pages do not exist when the territories are built). Links already
present are left alone.
"""

from django.db import transaction

from home.demo.data import demo_data
from sectors.demo.keys import english_sector_pages
from territories.models import EcosystemEntity, TerritoryPage


def entity_sector_keys(entity):
    links = demo_data("territories", "sector_links")
    keys = list(links["categories"].get(entity.category, []))
    name = entity.name.lower()
    for rule in links["name_words"]:
        if rule["word"] in name:
            keys += [key for key in rule["sectors"] if key not in keys]
    return keys


class TerritorySectorLinksLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.sectors = english_sector_pages()
        if not self.sectors:
            self.log("Sector links: no sector page, skipped")
            return
        self.link_territories()
        self.link_entities()

    def pages_for(self, keys):
        return [self.sectors[key] for key in keys if key in self.sectors]

    def link_territories(self):
        by_territory = demo_data("territories", "sector_links")["territories"]
        linked = 0
        for territory in TerritoryPage.objects.all():
            keys = by_territory.get(territory.province_code or territory.kind)
            if not keys or territory.sectors.exists():
                continue
            territory.sectors = self.pages_for(keys)
            # Through a revision, so the draft an editor opens next keeps the links.
            territory.save_revision().publish()
            linked += 1
        if linked:
            self.log(f"Sector links: {linked} territory pages")

    def link_entities(self):
        linked = 0
        for entity in EcosystemEntity.objects.prefetch_related("sectors"):
            keys = entity_sector_keys(entity)
            if not keys or entity.sectors.all():
                continue
            entity.sectors = self.pages_for(keys)
            entity.save()
            linked += 1
        if linked:
            self.log(f"Sector links: {linked} ecosystem entities (en + it)")
