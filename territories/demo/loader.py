"""Demo territory cards (12 provinces, ZLS, ZIS), the ecosystem page and every entity of Tab. A.

The text and figures are in territories.yaml, the entities' seats in ecosystem.yaml. Idempotent like
home.demo.loader.DemoLoader: only what is missing is created.
"""

from decimal import Decimal

from django.db import transaction
from django.utils.text import slugify

from home.demo import blocks as b
from home.demo.data import in_each_language
from home.demo.facts import facts
from home.demo.pages import AppDemoLoader
from territories.models import EcosystemEntity, EcosystemPage, TerritoryIndexPage, TerritoryPage


def figures(specs, values, text):
    """The figure blocks of specs whose value is known, with label, unit and source read from text."""
    return [
        b.raw(
            "figure",
            {
                "label": text["labels"][spec["label"]],
                "value": values[spec["value"]],
                "unit": text["labels"][spec["unit"]],
                "source": text["sources"][spec["source"]],
                "year": spec["year"],
                "illustrative": spec.get("illustrative", False),
                "in_chart": spec.get("in_chart", False),
            },
        )
        for spec in specs
        if values.get(spec["value"])
    ]


def infrastructure(rows):
    return [b.raw("infrastructure", {"kind": r["kind"], "name": r["name"], "detail": r["detail"]}) for r in rows]


def coordinates(pair):
    latitude, longitude = pair
    return {"latitude": Decimal(str(latitude)), "longitude": Decimal(str(longitude))}


class TerritoryLoader(AppDemoLoader):
    label = "Territories"
    data_file = ("territories", "territories")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return
        index = self.page(home, TerritoryIndexPage, self.text["en"]["index"], self.text["it"]["index"])
        zls_by_province = {}
        for m in facts()["special_zones"]["zls"]["municipalities"]:
            zls_by_province.setdefault(m["province"], []).append(m)
        cards = {}
        for province in facts()["provinces"]:
            cards[province["code"]] = self.territory(
                index, lambda lang, p=province: self.province_fields(p, zls_by_province.get(p["code"], []), lang)
            )
        cards["ZLS"] = self.territory(index, self.zls_fields)
        cards["ZIS"] = self.territory(index, self.zis_fields)
        self.page(home, EcosystemPage, self.text["en"]["ecosystem_page"], self.text["it"]["ecosystem_page"])
        self.entities(cards)

    def territory(self, index, fields):
        return self.page(index, TerritoryPage, fields("en"), fields("it"))

    def province_fields(self, province, zls, lang):
        text = self.text[lang]
        data = text["provinces"][province["code"]]
        name = province[lang]
        values = {**data, "zls_municipalities": len(zls)}
        status = text["province_zls_status"].format(names=", ".join(m["name"] for m in zls)) if zls else ""
        return {
            "title": text["province_title"].format(name),
            "slug": slugify(name),
            "kind": TerritoryPage.Kind.PROVINCE,
            "province_code": province["code"],
            "summary": data["summary"],
            "figures": figures(text["province_figures"], values, text),
            "vocation": data["vocation"],
            "infrastructure": infrastructure(data["infrastructure"]),
            "special_zone_status": status,
            **coordinates(data["coordinates"]),
            **text["contact"],
        }

    def zls_fields(self, lang):
        zls = facts()["special_zones"]["zls"]
        text = self.text[lang]
        zone = text["zls"]
        values = {
            **zls,
            "municipalities": len(zls["municipalities"]),
            "in_aid_map": sum(1 for m in zls["municipalities"] if m["in_aid_map"]),
        }
        ports = zone["infrastructure_from"]
        return {
            **self.zone_text(zone),
            "kind": TerritoryPage.Kind.ZLS,
            "figures": figures(zone["figures"], values, text),
            "figures_chart_title": zone["chart_title"],
            "infrastructure": infrastructure(
                row
                for code in ports["provinces"]
                for row in text["provinces"][code]["infrastructure"]
                if row["kind"] in ports["kinds"]
            ),
            "municipalities": [
                b.raw("municipality", {"name": m["name"], "province": m["province"], "in_aid_map": m["in_aid_map"]})
                for m in zls["municipalities"]
            ],
            # Between the two ports: a marker for the zone as a whole.
            **coordinates(zone["coordinates"]),
            **text["contact"],
        }

    def zis_fields(self, lang):
        text = self.text[lang]
        return {**self.zone_text(text["zis"]), "kind": TerritoryPage.Kind.ZIS, **text["contact"]}

    @staticmethod
    def zone_text(zone):
        fields = ("title", "slug", "summary", "intro", "vocation", "incentives")
        return {
            **{field: zone[field] for field in fields},
            "special_zone_status": zone["status"],
            "body": [b.rich_text(f"<h2>{zone['body_heading']}</h2>{zone['body']}")],
        }

    def entities(self, cards):
        seats = in_each_language("territories", "ecosystem")
        places = seats["en"]
        zls_towns = {m["name"] for m in facts()["special_zones"]["zls"]["municipalities"]}
        existing = set(EcosystemEntity.objects.filter(locale=self.en).values_list("category", "name"))
        created = 0
        for key, category in places["categories"].items():
            for name in facts()["innovation_ecosystem"][key]:
                if (category, name) in existing:
                    continue
                seat = places["locations"].get(name)
                municipality = seat["municipality"] if seat else ""
                province, latitude, longitude = places["municipalities"][municipality] if seat else ("", None, None)
                entity = EcosystemEntity.objects.create(
                    locale=self.en,
                    name=name,
                    category=category,
                    website=(seat or {}).get("website", ""),
                    municipality=municipality,
                    province=province,
                    coordinates_approximate=True,
                    description="" if seat else seats["en"]["unverified_note"],
                    territory=cards["ZLS"] if municipality in zls_towns else cards.get(province),
                    **(coordinates((latitude, longitude)) if seat else {}),
                )
                translated = entity.copy_for_translation(self.it)
                translated.description = "" if seat else seats["it"]["unverified_note"]
                translated.save()
                created += 1
        if created:
            self.log(f"Ecosystem entities: {created} (en + it)")
