"""Demo links from territory cards and ecosystem entities to sector pages.

Runs after the sectors loader (sector pages do not exist when the territories are built). The
strategy links no sector to a territory or entity: these links are plausible readings of each
card's vocation text and of each entity's name, for editors to review. Links already present
are left alone.
"""

from django.db import transaction

from sectors.demo.keys import english_sector_pages
from territories.models import EcosystemEntity, TerritoryPage

# Province code (or zone kind) -> sector keys of data/lombardy-facts.yaml, from the card's vocation.
TERRITORY_SECTORS = {
    "BG": ["advanced_manufacturing", "chemistry", "luxury"],
    "BS": ["advanced_manufacturing", "agrifood"],
    "CO": ["luxury", "creative_industries"],
    "CR": ["agrifood", "logistics_transport"],
    "LC": ["advanced_manufacturing", "consumer_goods"],
    "LO": ["agrifood", "life_sciences", "logistics_transport"],
    "MN": ["agrifood", "chemistry", "logistics_transport"],
    "MI": ["ict", "professional_financial_services", "life_sciences", "luxury", "creative_industries"],
    "MB": ["creative_industries", "microelectronics", "advanced_manufacturing", "ict"],
    "PV": ["life_sciences", "agrifood", "logistics_transport"],
    "SO": ["cleantech", "agrifood"],
    "VA": ["aerospace", "luxury", "chemistry", "life_sciences"],
    "zls": ["logistics_transport", "agrifood", "chemistry"],
}

# Every research hospital works in the life sciences; other entities by a word of their name.
CATEGORY_SECTORS = {
    EcosystemEntity.Category.RESEARCH_HOSPITAL_PUBLIC: ["life_sciences"],
    EcosystemEntity.Category.RESEARCH_HOSPITAL_PRIVATE: ["life_sciences"],
}
NAME_SECTORS = [
    ("afil", ["advanced_manufacturing"]),
    ("fabbrica intelligente", ["advanced_manufacturing"]),
    ("meccatronica", ["advanced_manufacturing"]),
    ("made - politecnico", ["advanced_manufacturing"]),
    ("politecnico di milano", ["ict", "advanced_manufacturing", "aerospace"]),
    ("kilometro rosso", ["advanced_manufacturing", "life_sciences"]),
    ("mobilità", ["logistics_transport"]),
    ("agrofood", ["agrifood"]),
    ("agroalimentare", ["agrifood"]),
    ("agrorisorse", ["agrifood"]),
    ("parco tecnologico padano", ["agrifood", "life_sciences"]),
    ("minoprio", ["agrifood"]),
    ("polo verde", ["agrifood"]),
    ("scienze della vita", ["life_sciences"]),
    ("tecnologie per la vita", ["life_sciences"]),
    ("human technopole", ["life_sciences"]),
    ("bio4dreams", ["life_sciences"]),
    ("biovelocita", ["life_sciences"]),
    ("humanitas", ["life_sciences"]),
    ("salute s. raffaele", ["life_sciences"]),
    ("studi di pavia", ["life_sciences"]),
    ("aerospace", ["aerospace"]),
    ("cleantech", ["cleantech"]),
    ("green chemistry", ["chemistry"]),
    ("smart cities", ["ict"]),
    ("digital", ["ict"]),
    ("ibm", ["ict"]),
    ("tech talent", ["ict"]),
    ("talentgarden", ["ict"]),
    ("fintech", ["professional_financial_services"]),
    ("bocconi", ["professional_financial_services"]),
    ("fashion", ["luxury"]),
    ("made in italy", ["luxury"]),
    ("iulm", ["creative_industries"]),
    ("cantieri dell'arte", ["creative_industries"]),
    ("ambienti di vita", ["consumer_goods"]),
]


def entity_sector_keys(entity):
    keys = list(CATEGORY_SECTORS.get(entity.category, []))
    name = entity.name.lower()
    for word, sectors in NAME_SECTORS:
        if word in name:
            keys += [key for key in sectors if key not in keys]
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
        linked = 0
        for territory in TerritoryPage.objects.all():
            keys = TERRITORY_SECTORS.get(territory.province_code or territory.kind)
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
