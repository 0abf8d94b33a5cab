"""Demo catalogue: the catalogue page in both languages and about sixty illustrative sites.

The text is in opportunities.yaml, the sites in sites.yaml. Idempotent like home.demo.loader: pages that
exist (matched by slug) are left alone.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from home.demo import blocks as b
from home.demo.data import demo_data, localized
from home.demo.pages import AppDemoLoader
from home.models import NavigationSettings
from opportunities.choices import zls_municipalities
from opportunities.models import OpportunityIndexPage, OpportunityPage


class OpportunityDemoLoader(AppDemoLoader):
    label = "Opportunities"
    data_file = ("opportunities", "opportunities")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return None
        index = self.page(home, OpportunityIndexPage, self.text["en"]["index"], self.text["it"]["index"], unique=True)
        index = OpportunityIndexPage.objects.get(pk=index.pk)
        zls = zls_municipalities()
        today = timezone.localdate()
        for number, site in enumerate(demo_data("opportunities", "sites")["sites"]):
            # Verified within the last six months: the freshness command leaves the demo alone.
            verified = today - datetime.timedelta(days=(3 * number) % 170 + 3)
            self.site_page(index, site, zls, verified)
        self.menu(home.get_site(), index)
        return index

    def site_page(self, index, site, zls, verified):
        en, it = localized(site, "en"), localized(site, "it")
        values = {"in_state_aid_area": bool(zls.get((site["municipality"], site["province"]))), **en["facts"]}
        fields = {
            field: en[field] for field in ("title", "slug", "summary", "kind", "category", "municipality", "province")
        }
        self.page(
            index,
            OpportunityPage,
            {
                **fields,
                "last_verified": verified,
                "owner_consent": True,
                "incentives": self.incentives(values, "en"),
                "body": [b.rich_text(self.text["en"]["illustrative"])],
                **self.text["en"]["contact"],
                **values,
            },
            lambda page: {
                "title": it["title"],
                "summary": it["summary"],
                "slug": it["slug_it"],
                "incentives": self.incentives(
                    {"in_zls": page.in_zls, "in_state_aid_area": page.in_state_aid_area}, "it"
                ),
                "body": [b.rich_text(self.text["it"]["illustrative"])],
            },
        )

    def incentives(self, values, lang):
        lines = []
        if values.get("in_zls"):
            lines.append(self.text[lang]["incentives"]["zls"])
        if values.get("in_state_aid_area"):
            lines.append(self.text[lang]["incentives"]["aid"])
        return "\n".join(lines)

    def menu(self, site, index):
        """Adds the catalogue to the main menu, once."""
        navigation = NavigationSettings.for_site(site)
        pages = [block.value.get("page") for block in navigation.main_menu]
        if any(p is not None and p.pk == index.pk for p in pages):
            return
        raw = [
            {"type": block.block_type, "value": block.block.get_prep_value(block.value)}
            for block in navigation.main_menu
        ]
        navigation.main_menu = [*raw, b.raw("page", {"page": index.pk, "url": ""})]
        navigation.save()
        self.log("Main menu: catalogue added")
