"""Demo links from the illustrative sites to sector pages, read from each site's permitted uses.

Runs after the sectors loader. Both language versions get the links (wagtail-localize would copy
them at the next synchronisation anyway); pages render them in the visitor's language.
"""

from django.db import transaction

from opportunities.models import OpportunityPage
from sectors.demo.keys import english_sector_pages

USE_SECTORS = {
    "logistics": "logistics_transport",
    "industrial": "advanced_manufacturing",
    "research": "life_sciences",
    "datacentre": "ict",
    "offices": "professional_financial_services",
    "agricultural": "agrifood",
    "commercial": "consumer_goods",
}


class OpportunitySectorLinksLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        sectors = english_sector_pages()
        if not sectors:
            self.log("Opportunity sector links: no sector page, skipped")
            return
        linked = 0
        for page in OpportunityPage.objects.all():
            keys = [USE_SECTORS[use] for use in page.permitted_uses if use in USE_SECTORS]
            if not keys or page.sectors.exists():
                continue
            page.sectors = [sectors[key] for key in dict.fromkeys(keys) if key in sectors]
            # Through a revision, so the draft an editor opens next keeps the links.
            revision = page.save_revision()
            if page.live:
                revision.publish()
            linked += 1
        if linked:
            self.log(f"Opportunity sector links: {linked} pages (en + it)")
