"""Demo territory cards (12 provinces, ZLS, ZIS), the ecosystem page and every entity of Tab. A.

Idempotent like home.demo.loader.DemoLoader: only what is missing is created.
"""

from decimal import Decimal

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from home.demo import blocks as b
from home.demo.facts import facts
from home.models import HomePage
from territories.demo import content as c
from territories.demo.ecosystem import CATEGORY_KEYS, location
from territories.models import EcosystemEntity, EcosystemPage, TerritoryIndexPage, TerritoryPage

LANGS = ("en", "it")
# Shown on entities whose seat the strategy does not give and the demo could not confirm.
UNVERIFIED_NOTE = {
    "en": "Seat to be verified: shown in Milan for now.",
    "it": "Sede da verificare: per ora indicata a Milano.",
}


def figure(label, value, unit, source, year, in_chart=False, illustrative=False):
    return b.raw(
        "figure",
        {
            "label": label,
            "value": value,
            "unit": unit,
            "source": source,
            "year": year,
            "illustrative": illustrative,
            "in_chart": in_chart,
        },
    )


def infrastructure(rows, lang):
    return [
        b.raw("infrastructure", {"kind": kind, "name": name, "detail": detail[lang]}) for kind, name, detail in rows
    ]


class TerritoryLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.locales = {lang: Locale.objects.get(language_code=lang) for lang in LANGS}
        home = HomePage.objects.filter(depth=2, locale=self.locales["en"]).first()
        if home is None:
            self.log("Territories: no home page, skipped")
            return
        index = self.page(home, TerritoryIndexPage, lambda lang: self.index_fields(lang))
        provinces = {p["code"]: p for p in facts()["provinces"]}
        zls_by_province = {}
        for m in facts()["special_zones"]["zls"]["municipalities"]:
            zls_by_province.setdefault(m["province"], []).append(m)
        cards = {}
        for code in provinces:
            cards[code] = self.page(
                index,
                TerritoryPage,
                lambda lang, code=code: self.province_fields(code, provinces[code], zls_by_province, lang),
            )
        cards["ZLS"] = self.page(index, TerritoryPage, self.zls_fields)
        cards["ZIS"] = self.page(index, TerritoryPage, self.zis_fields)
        self.page(HomePage.objects.get(pk=home.pk), EcosystemPage, self.ecosystem_fields)
        self.entities(cards)

    def page(self, parent, model, fields):
        """The English page under parent (created if missing) and its Italian translation."""
        en_fields = fields("en")
        page = model.objects.child_of(parent).filter(slug=en_fields["slug"]).first()
        if page is None:
            page = model(**en_fields)
            parent = parent.__class__.objects.get(pk=parent.pk)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Territories (en): {page.title}")
        if page.get_translation_or_none(self.locales["it"]) is None:
            translated = page.copy_for_translation(self.locales["it"])
            for field, value in fields("it").items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"Territories (it): {translated.title}")
        return page

    def index_fields(self, lang):
        return dict(c.INDEX_TEXT[lang])

    def ecosystem_fields(self, lang):
        return dict(c.ECOSYSTEM_TEXT[lang])

    def contact(self, lang):
        return {
            "contact_name": c.CONTACT["name"][lang],
            "contact_email": c.CONTACT["email"],
            "contact_phone": c.CONTACT["phone"],
        }

    def province_fields(self, code, province, zls_by_province, lang):
        data = c.PROVINCES[code]
        name = province[lang]
        pop_1995, pop_2013 = data["pop"]
        label, residents = c.LABELS["population"][lang], c.LABELS["residents"][lang]
        figures = []
        if pop_1995:
            figures.append(figure(label, pop_1995, residents, c.ISTAT_POP_SOURCE[lang], "1995", in_chart=True))
        figures.append(figure(label, pop_2013, residents, c.ISTAT_POP_SOURCE[lang], "2013", in_chart=True))
        if data.get("density"):
            figures.append(
                figure(
                    c.LABELS["density"][lang],
                    data["density"],
                    c.LABELS["per_km2"][lang],
                    c.ISTAT_CENSUS_SOURCE[lang],
                    "2020",
                )
            )
        zls = zls_by_province.get(code, [])
        if zls:
            figures.append(
                figure(
                    c.LABELS["zls_municipalities"][lang],
                    len(zls),
                    c.LABELS["municipalities"][lang],
                    c.STRATEGY_SOURCE[lang],
                    "2025",
                )
            )
        status = ""
        if zls:
            names = ", ".join(m["name"] for m in zls)
            status = (
                f"<p>Part of the ZLS Lombardia (simplified logistics zone): {names}.</p>"
                if lang == "en"
                else f"<p>Parte della ZLS Lombardia (zona logistica semplificata): {names}.</p>"
            )
        lat, lon = data["coords"]
        return {
            "title": c.PROVINCE_NAMES[lang].format(name),
            "slug": slugify(name),
            "kind": TerritoryPage.Kind.PROVINCE,
            "province_code": code,
            "summary": data[lang]["summary"],
            "figures": figures,
            "figures_chart_title": c.LABELS["chart" if pop_1995 else "chart_2013"][lang],
            "vocation": data[lang]["vocation"],
            "infrastructure": infrastructure(data["infrastructure"], lang),
            "special_zone_status": status,
            "latitude": Decimal(str(lat)),
            "longitude": Decimal(str(lon)),
            **self.contact(lang),
        }

    def zls_fields(self, lang):
        zls = facts()["special_zones"]["zls"]
        text = c.ZLS_TEXT[lang]
        source = c.STRATEGY_SOURCE[lang]
        in_map = sum(1 for m in zls["municipalities"] if m["in_aid_map"])
        return {
            "title": text["title"],
            "slug": text["slug"],
            "kind": TerritoryPage.Kind.ZLS,
            "summary": text["summary"],
            "intro": text["intro"],
            "figures": [
                figure(text["area"], zls["area_ha"], "ha", source, "2025", in_chart=True),
                figure(text["max_area"], zls["max_area_ha"], "ha", source, "2025", in_chart=True),
                figure(text["municipalities"], len(zls["municipalities"]), "", source, "2025"),
                figure(text["in_aid_map"], in_map, "", source, "2022-2027"),
                figure(text["duration"], zls["duration_years"], text["years"], "DPCM 27/12/2024", "2024"),
            ],
            "figures_chart_title": text["chart"],
            "vocation": text["vocation"],
            "infrastructure": infrastructure(
                [
                    row
                    for code in ("CR", "MN")
                    for row in c.PROVINCES[code]["infrastructure"]
                    if row[0] in ("port", "intermodal")
                ],
                lang,
            ),
            "special_zone_status": text["status"],
            "municipalities": [
                b.raw("municipality", {"name": m["name"], "province": m["province"], "in_aid_map": m["in_aid_map"]})
                for m in zls["municipalities"]
            ],
            "incentives": text["incentives"],
            "body": [b.rich_text(f"<h2>{text['simplifications_heading']}</h2>{text['simplifications']}")],
            # Between the two ports: a marker for the zone as a whole.
            "latitude": Decimal("45.145"),
            "longitude": Decimal("10.40"),
            **self.contact(lang),
        }

    def zis_fields(self, lang):
        text = c.ZIS_TEXT[lang]
        return {
            "title": text["title"],
            "slug": text["slug"],
            "kind": TerritoryPage.Kind.ZIS,
            "summary": text["summary"],
            "intro": text["intro"],
            "vocation": text["vocation"],
            "special_zone_status": text["status"],
            "incentives": text["incentives"],
            "body": [b.rich_text(f"<h2>{text['analysis_heading']}</h2>{text['analysis']}")],
            **self.contact(lang),
        }

    def entities(self, cards):
        en, it = self.locales["en"], self.locales["it"]
        zls_towns = {m["name"] for m in facts()["special_zones"]["zls"]["municipalities"]}
        existing = set(EcosystemEntity.objects.filter(locale=en).values_list("category", "name"))
        created = 0
        for key, category in CATEGORY_KEYS.items():
            for name in facts()["innovation_ecosystem"][key]:
                if (category, name) in existing:
                    continue
                municipality, province, lat, lon, website, verified = location(name)
                entity = EcosystemEntity.objects.create(
                    locale=en,
                    name=name,
                    category=category,
                    website=website,
                    municipality=municipality,
                    province=province,
                    latitude=Decimal(str(lat)),
                    longitude=Decimal(str(lon)),
                    coordinates_approximate=True,
                    description="" if verified else UNVERIFIED_NOTE["en"],
                    territory=cards["ZLS"] if municipality in zls_towns else cards.get(province),
                )
                translated = entity.copy_for_translation(it)
                translated.description = "" if verified else UNVERIFIED_NOTE["it"]
                translated.save()
                created += 1
        if created:
            self.log(f"Ecosystem entities: {created} (en + it)")
