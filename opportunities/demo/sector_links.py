"""Demo links from the illustrative sites to sector pages, read from each site's permitted uses.

Runs after the sectors loader. Both language versions get the links (wagtail-localize would copy
them at the next synchronisation anyway); pages render them in the visitor's language. Which use
links to which sector is in opportunities.yaml (use_sectors).
"""

from django.db import transaction

from home.demo.data import demo_data
from opportunities.models import OpportunityPage
from sectors.demo.keys import english_sector_pages


class OpportunitySectorLinksLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        sectors = english_sector_pages()
        if not sectors:
            self.log("Opportunity sector links: no sector page, skipped")
            return
        use_sectors = demo_data("opportunities", "opportunities")["use_sectors"]
        linked = 0
        for page in OpportunityPage.objects.all():
            keys = [use_sectors[use] for use in page.permitted_uses if use in use_sectors]
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
