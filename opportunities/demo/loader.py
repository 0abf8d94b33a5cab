"""Demo catalogue: the catalogue page in both languages and about sixty illustrative sites.

Idempotent like home.demo.loader: pages that exist (matched by slug) are left alone.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from home.demo import blocks as b
from home.models import HomePage, NavigationSettings
from opportunities.choices import zls_municipalities
from opportunities.demo.content import ILLUSTRATIVE, INCENTIVES, INDEX, SITES
from opportunities.demo.more_sites import more_sites
from opportunities.models import OpportunityIndexPage, OpportunityPage

CONTACT = {"contact_name": "Invest in Lombardy", "contact_email": "invest@regione.lombardia.example"}


class OpportunityDemoLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.en = Locale.objects.get(language_code="en")
        self.it = Locale.objects.get(language_code="it")
        home = HomePage.objects.filter(depth=2, locale=self.en).first()
        if home is None:
            self.log("Opportunities: no English home page, skipped")
            return None
        index = self.index_page(home)
        it_index = index.get_translation(self.it)
        zls = zls_municipalities()
        today = timezone.localdate()
        for number, site in enumerate([*SITES, *more_sites()]):
            # Verified within the last six months: the freshness command leaves the demo alone.
            verified = today - datetime.timedelta(days=(3 * number) % 170 + 3)
            self.site_page(index, it_index, site, zls, verified)
        self.menu(home.get_site(), index)
        return index

    def index_page(self, home):
        index = OpportunityIndexPage.objects.child_of(home).first()
        if index is None:
            index = OpportunityIndexPage(locale=self.en, **INDEX["en"])
            home.add_child(instance=index)
            index.save_revision().publish()
            self.log(f"Page (en): {index.title}")
        if index.get_translation_or_none(self.it) is None:
            translated = index.copy_for_translation(self.it)
            for field, value in INDEX["it"].items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"Page (it): {translated.title}")
        return OpportunityIndexPage.objects.get(pk=index.pk)

    def site_page(self, index, it_index, site, zls, verified):
        slug, it_slug, kind, category, municipality, province, facts, en_text, it_text = site
        page = OpportunityPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            in_aid = zls.get((municipality, province))
            values = {"in_state_aid_area": bool(in_aid), **facts}
            page = OpportunityPage(
                title=en_text[0],
                slug=slug,
                summary=en_text[1],
                kind=kind,
                category=category,
                municipality=municipality,
                province=province,
                last_verified=verified,
                owner_consent=True,
                incentives=self.incentives(values, "en"),
                body=[b.rich_text(ILLUSTRATIVE["en"])],
                **CONTACT,
                **values,
            )
            index = OpportunityIndexPage.objects.get(pk=index.pk)
            index.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Opportunity (en): {page.title}")
        if page.get_translation_or_none(self.it) is None:
            translated = page.copy_for_translation(self.it)
            translated.title, translated.summary = it_text
            translated.slug = it_slug
            translated.incentives = self.incentives(
                {"in_zls": page.in_zls, "in_state_aid_area": page.in_state_aid_area}, "it"
            )
            translated.body = [b.rich_text(ILLUSTRATIVE["it"])]
            translated.save_revision().publish()
            self.log(f"Opportunity (it): {translated.title}")

    @staticmethod
    def incentives(values, lang):
        lines = []
        if values.get("in_zls"):
            lines.append(INCENTIVES["zls"][lang])
        if values.get("in_state_aid_area"):
            lines.append(INCENTIVES["aid"][lang])
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
