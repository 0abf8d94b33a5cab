"""Demo sectors in English and Italian: taxonomies, the sector index, one page per sector, booklets.

The text is in sectors.yaml. Idempotent like home.demo.loader: what exists is left alone. Booklet PDFs are printed
from the sector pages (sectors/booklets.py) and written through the booklets' private storage, so this works on S3 too.
"""

from django.db import transaction
from django.db.models import Max, Q
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.demo import blocks as b
from home.demo.data import LANGUAGES, demo_data, localized
from home.demo.facts import facts
from home.models import HomePage, NavigationSettings
from sectors import booklets
from sectors.models import Booklet, BusinessFunction, Country, SectorIndexPage, SectorPage
from sectors.signals import printing_paused


class SectorsLoader:
    def __init__(self, log=print):
        self.log = log
        self.text = {lang: localized(demo_data("sectors", "sectors"), lang) for lang in LANGUAGES}

    def run(self):
        # Every booklet is printed once, at the end (BookletsLoader), not as each sector page is published.
        with printing_paused():
            return self._run()

    @transaction.atomic
    def _run(self):
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.it = Locale.objects.get_or_create(language_code="it")[0]
        self.functions = self.load_functions()
        self.countries = self.load_countries()
        home = HomePage.objects.filter(locale=self.en, depth=2).first()
        if home is None:
            self.log("Sectors skipped: no home page")
            return
        index = self.index_page(home)
        it_index = index.get_translation(self.it)
        fdi_rows = {row["function"]: row for row in facts()["fdi_figures"]["by_function_2018_2023"]}
        for sector in facts()["sectors"]:
            pages = self.sector_page(SectorIndexPage.objects.get(pk=index.pk), sector, fdi_rows)
            if sector.get("booklet"):
                for lang, page in pages.items():
                    self.booklet(sector, lang, page)
        self.menu(home, index)
        return it_index

    # --- Taxonomies ----------------------------------------------------------------------

    def _translate_snippet(self, original, **fields):
        translated = original.get_translation_or_none(self.it)
        if translated is None:
            translated = original.copy_for_translation(self.it)
            for name, value in fields.items():
                setattr(translated, name, value)
            translated.save()
        return translated

    def load_functions(self):
        result = {}
        for order, activity in enumerate(facts()["activities"]):
            en = BusinessFunction.objects.filter(locale=self.en, key=activity["key"]).first()
            if en is None:
                en = BusinessFunction.objects.create(
                    locale=self.en,
                    key=activity["key"],
                    name=activity["en"],
                    opportunity=(activity.get("opportunity") or "").replace(" ", "")[:10],
                    sort_order=order,
                )
                self.log(f"Business function: {en.name}")
            it = self._translate_snippet(en, name=activity["it"])
            result[activity["key"]] = {"en": en, "it": it}
        return result

    def _country(self, name, kind, region=None, priority=""):
        en = Country.objects.filter(locale=self.en, name=name).first()
        if en is None:
            en = Country.objects.create(
                locale=self.en, name=name, kind=kind, region=region["en"] if region else None, priority=priority
            )
            self.log(f"Country: {name}")
        it = self._translate_snippet(en, name=self.italian("countries", name), region=region["it"] if region else None)
        return {"en": en, "it": it}

    def load_countries(self):
        geographies = facts()["geographies"]
        result = {}
        for origin in geographies["priority_origins"]:
            region = self._country(origin["region"], Country.Kind.REGION, priority=origin["opportunity"])
            result[origin["region"]] = region
            for name in origin["countries"]:
                result[name] = self._country(name, Country.Kind.COUNTRY, region, origin["opportunity"])
        for name in geographies["low_priority"]:
            result[name] = self._country(name, Country.Kind.REGION)
        # Target markets of the strategy that are not yet listed (for example the Emirates).
        aliases = {"USA": "United States"}
        for name in geographies["seo_target_markets"]:
            name = aliases.get(name, name)
            if name not in result:
                result[name] = self._country(name, Country.Kind.COUNTRY, result.get("Middle East"))
        return result

    # --- Pages ---------------------------------------------------------------------------

    def index_page(self, home):
        text = self.text["en"]["index"]
        index = SectorIndexPage.objects.child_of(home).first()
        if index is None:
            index = SectorIndexPage(
                title=text["title"], slug=text["slug"], intro=text["intro"], summary=text["summary"]
            )
            home.add_child(instance=index)
            index.save_revision().publish()
            self.log("Sector index (en)")
        if index.get_translation_or_none(self.it) is None:
            text = self.text["it"]["index"]
            it_index = index.copy_for_translation(self.it)
            for field, value in text.items():
                setattr(it_index, field, value)
            it_index.save_revision().publish()
            self.log("Sector index (it)")
        return index

    def _fields(self, sector, lang, fdi_rows):
        text = self.text[lang]
        spec = text["sectors"][sector["key"]]
        name = sector[lang]
        return {
            "title": name,
            "slug": slugify(sector["en"]) if lang == "en" else spec["slug_it"],
            "headline": spec["headline"],
            "summary": spec["summary"],
            "key_figures": [
                block for block in [self._key_figures(sector, fdi_rows.get(spec["fdi_function"]), lang)] if block
            ],
            "sub_sectors": [b.raw("sub_sector", s) for s in self._sub_sectors(sector, lang)],
            "ecosystem": [
                b.raw(
                    "highlight",
                    {"name": e["name"], "kind": text["ecosystem_kinds"][e["kind"]], "description": "", "url": ""},
                )
                for e in spec["ecosystem"]
            ],
            "body": [
                b.rich_text(text["body"].format(sector=name, summary=spec["summary"])),
                *self._contact_block(lang),
            ],
        }

    def italian(self, kind, english_name):
        return self.text["it"]["italian_names"][kind].get(english_name, english_name)

    def _sub_sectors(self, sector, lang):
        return [s if lang == "en" else self.italian("sub_sectors", s) for s in sector["sub"]]

    def _key_figures(self, sector, fdi_row, lang):
        """What the facts file measures for the sector's main business function, said to be for every sector.

        The strategy's ratings ("+++", priority tiers) are its internal targeting, not facts for investors, and the
        facts file has no figure per sector (companies, employment, exports, R&D, graduates); so the only figures are
        the foreign investment projects of the function, across all sectors, with their source and period.
        """
        text = self.text[lang]["key_figures"]
        if not fdi_row:
            return None
        function = text["function_names"][fdi_row["function"]]
        share = f"{fdi_row['vs_italy_pct']}%"
        if lang == "it":
            share = share.replace(".", ",")
        period = "2018–2023"
        figures = [
            (str(fdi_row["projects"]), text["function_projects"].format(function=function), text["source"], period),
            (share, text["function_share"].format(function=function), text["source"], period),
        ]
        return b.key_figures(text["heading"], figures)

    def _contact_block(self, lang):
        """The contact form at the foot of each sector, when the leads' loader built the contact page.

        Found by content type: leads sits above sectors, which may not import it.
        """
        contact = Page.objects.filter(
            locale__language_code=lang, content_type__app_label="leads", content_type__model="contactpage"
        ).first()
        if contact is None:
            return []
        return [b.raw("contact_form", {**self.text[lang]["contact_block"], "page": contact.pk})]

    def sector_page(self, index, sector, fdi_rows):
        spec = self.text["en"]["sectors"][sector["key"]]
        fields = self._fields(sector, "en", fdi_rows)
        page = SectorPage.objects.child_of(index).filter(slug=fields["slug"]).first()
        if page is None:
            page = SectorPage(**fields)
            page.business_functions = [self.functions[k]["en"] for k in spec["functions"]]
            page.countries = [self.countries[n]["en"] for n in spec["countries"]]
            index.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Sector (en): {page.title}")
        translated = page.get_translation_or_none(self.it)
        if translated is None:
            translated = page.copy_for_translation(self.it)
            for field, value in self._fields(sector, "it", fdi_rows).items():
                setattr(translated, field, value)
            translated.business_functions = [self.functions[k]["it"] for k in spec["functions"]]
            translated.countries = [self.countries[n]["it"] for n in spec["countries"]]
            translated.save_revision().publish()
            self.log(f"Sector (it): {translated.title}")
        return {"en": page, "it": translated}

    # --- Booklets ------------------------------------------------------------------------

    def booklet(self, sector, lang, page):
        """The booklet's title and edition; its PDF is printed from the page (sectors/booklets.py)."""
        if Booklet.objects.filter(sector=page).exists():
            return
        text = self.text[lang]["booklet"]
        name = sector[lang]
        original = Booklet.objects.filter(sector=page.get_translation_or_none(self.en), locale=self.en).first()
        booklet = Booklet(
            sector=page,
            locale=page.locale,
            title=text["title"].format(sector=name),
            subtitle=text["subtitle"],
            description=text["description"].format(sector=name),
            edition=text["edition"],
        )
        if original is not None and lang != "en":
            booklet.translation_key = original.translation_key
        booklet.save()
        self.log(f"Booklet ({lang}): {booklet.title}")

    def menu(self, home, index):
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if any((entry.get("value") or {}).get("page") == index.pk for entry in entries):
            return
        entries.append(b.raw("page", {"page": index.pk, "url": ""}))
        navigation.main_menu = entries
        navigation.save()
        self.log("Main menu: sectors")


class BookletsLoader:
    """Prints each demo booklet once the pages it shows (stories, sites, incentives) are loaded.

    Publishing a sector page printed its booklet already, before those pages existed: a booklet
    printed before the newest publication is printed again; on a second run none is."""

    def __init__(self, log=print):
        self.log = log

    def run(self):
        newest = Page.objects.live().aggregate(newest=Max("last_published_at"))["newest"]
        stale = Q(generated_at__isnull=True) | Q(generated_at__lt=newest) if newest else Q(generated_at__isnull=True)
        for booklet in Booklet.objects.filter(stale).select_related("sector", "locale"):
            booklets.generate(booklet.sector)
            self.log(f"Booklet printed ({booklet.locale.language_code}): {booklet.title}")
