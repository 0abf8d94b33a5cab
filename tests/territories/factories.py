"""Territory cards, the ecosystem directory and a few catalogue sites, in both languages. All test data.

Four provinces (Milan, Pavia, Cremona, Varese), the ZLS over three municipalities and the
region-wide ZIS; nine entities, three sharing Milan's centre; two sectors (science, aerospace);
five public sites and one without the owner's consent.
"""

from decimal import Decimal
from types import SimpleNamespace

import wagtail_factories

from opportunities.models import OpportunityPage
from territories.models import EcosystemEntity, EcosystemPage
from tests.factories import (
    SectorIndexPageFactory,
    SectorPageFactory,
    build_site,
    locales,
    translate,
    translate_snippet,
)
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    TerritoryIndexPageFactory,
    TerritoryPageFactory,
    make_site,
    translate_site,
)

MILAN = (Decimal("45.46427"), Decimal("9.18951"))
PAVIA = (Decimal("45.18468"), Decimal("9.15820"))

# code: kind, English title, Italian title, coordinates, English fields, Italian fields
TERRITORIES = {
    "MI": (
        "province",
        "Test Milan province",
        "Provincia di Milano di prova",
        MILAN,
        {"infrastructure": [{"type": "infrastructure", "value": {"kind": "airport", "name": "Test airport"}}]},
        {"infrastructure": [{"type": "infrastructure", "value": {"kind": "airport", "name": "Aeroporto di prova"}}]},
    ),
    "PV": ("province", "Test Pavia province", "Provincia di Pavia di prova", PAVIA, {}, {}),
    "CR": (
        "province",
        "Test Cremona province",
        "Provincia di Cremona di prova",
        (Decimal("45.13333"), Decimal("10.02422")),
        {"contact_name": "Test territorial desk", "contact_email": "desk@cremona.example"},
        {"contact_name": "Sportello territoriale di prova", "contact_email": "desk@cremona.example"},
    ),
    "VA": (
        "province",
        "Test Varese province",
        "Provincia di Varese di prova",
        (Decimal("45.8206"), Decimal("8.8251")),
        {},
        {},
    ),
    "ZLS": (
        "zls",
        "Test logistics zone",
        "Zona logistica di prova",
        (Decimal("45.1"), Decimal("10.2")),
        {"special_zone_status": "<p>Test single authorisation within 60 days.</p>"},
        {"special_zone_status": "<p>Autorizzazione unica di prova, con silenzio-assenso.</p>"},
    ),
    "ZIS": (
        "zis",
        "Test innovation zone",
        "Zona di innovazione di prova",
        (None, None),
        {"special_zone_status": "<p>Test zones for the quintuple helix.</p>"},
        {"special_zone_status": "<p>Zone di prova per la quintupla elica.</p>"},
    ),
}
ZLS_MUNICIPALITIES = [("Cremona", "CR", True), ("Spinadesco", "CR", False), ("Viadana", "MN", True)]

# name: category, municipality, province, coordinates, sectors, territory
ENTITIES = {
    "Test University of Pavia": ("university", "Pavia", "PV", PAVIA, ["science"], None),
    "Test Pavia hospital": ("research_hospital_public", "Pavia", "PV", PAVIA, ["science"], None),
    "Test Lecco hospital": (
        "research_hospital_private",
        "Lecco",
        "LC",
        (Decimal("45.85"), Decimal("9.39")),
        ["science"],
        None,
    ),
    "Test Milan polytechnic": ("university", "Milano", "MI", MILAN, ["aerospace"], None),
    "Test aerospace cluster": ("cluster", "Milano", "MI", MILAN, ["aerospace"], None),
    "Test Milan incubator": ("incubator", "Milano", "MI", MILAN, [], None),
    "Test Varese ITS": ("its", "Varese", "VA", (Decimal("45.8206"), Decimal("8.8251")), [], None),
    "Test Busto ITS": ("its", "Busto Arsizio", "VA", (Decimal("45.6117"), Decimal("8.8497")), [], None),
    "Test Cremona centre": ("innovation_hub", "Cremona", "CR", (Decimal("45.13333"), Decimal("10.02422")), [], "ZLS"),
}

# title, Italian title, municipality, province, in the ZLS
SITES = [
    ("Test site in Cremona", "Area di prova a Cremona", "Cremona", "CR", True),
    ("Test site in Spinadesco", "Area di prova a Spinadesco", "Spinadesco", "CR", True),
    ("Test site in Crema", "Area di prova a Crema", "Crema", "CR", False),
    ("Test site in Segrate", "Area di prova a Segrate", "Segrate", "MI", False),
    ("Test site in Melzo", "Area di prova a Melzo", "Melzo", "MI", False),
]


class EcosystemPageFactory(wagtail_factories.PageFactory):
    title = "Test ecosystem"
    slug = "ecosystem"

    class Meta:
        model = EcosystemPage


def both(make, it_fields, **fields):
    english = make(**fields)
    return SimpleNamespace(en=type(english).objects.get(pk=english.pk), it=translate(english, **it_fields))


def municipalities():
    return [
        {"type": "municipality", "value": {"name": name, "province": province, "in_aid_map": aid}}
        for name, province, aid in ZLS_MUNICIPALITIES
    ]


def build_territory(index, code):
    kind, title, it_title, (latitude, longitude), fields, it_fields = TERRITORIES[code]
    if kind == "zls":
        fields, it_fields = (
            {**fields, "municipalities": municipalities()},
            {**it_fields, "municipalities": municipalities()},
        )
    return both(
        TerritoryPageFactory,
        {"title": it_title, "slug": it_title.lower().replace(" ", "-"), **it_fields},
        parent=index,
        title=title,
        kind=kind,
        province_code=code if kind == "province" else "",
        latitude=latitude,
        longitude=longitude,
        **fields,
    )


def build_entity(name, sectors, territories):
    category, municipality, province, (latitude, longitude), in_sectors, territory = ENTITIES[name]
    english = EcosystemEntity.objects.create(
        locale=locales()[0],
        name=name,
        category=category,
        municipality=municipality,
        province=province,
        latitude=latitude,
        longitude=longitude,
        territory=territories[territory].en if territory else None,
    )
    english.sectors = [sectors[key].en for key in in_sectors]
    english.save()
    italian = translate_snippet(
        english,
        description=f"Descrizione di prova di {name}",
        territory=territories[territory].it if territory else None,
    )
    italian.sectors = [sectors[key].it for key in in_sectors]
    italian.save()
    return SimpleNamespace(en=english, it=italian)


def build_sites(tree):
    index = OpportunityIndexPageFactory(parent=tree.en)
    translate(index, title="Aree di prova", slug="opportunita")
    sites = []
    for title, it_title, municipality, province, in_zls in SITES:
        english = make_site(index, title, municipality=municipality, province=province, in_zls=in_zls)
        sites.append(SimpleNamespace(en=english, it=translate_site(english, it_title)))
    hidden = make_site(index, "Test site without consent", municipality="Cremona", province="CR", in_zls=True)
    translate_site(hidden, "Area di prova senza consenso")
    OpportunityPage.objects.filter(translation_key=hidden.translation_key).update(owner_consent=False)
    return sites


def build_territories():
    tree = build_site()
    sector_index = SectorIndexPageFactory(parent=tree.en)
    translate(sector_index, title="Settori di prova", slug="settori")
    sectors = {
        key: both(SectorPageFactory, {"title": it_title, "slug": it_slug}, parent=sector_index, title=title, slug=slug)
        for key, title, slug, it_title, it_slug in (
            ("science", "Test science", "test-science", "Scienza di prova", "scienza-di-prova"),
            ("aerospace", "Test aerospace", "test-aerospace", "Aerospazio di prova", "aerospazio-di-prova"),
        )
    }
    index = both(TerritoryIndexPageFactory, {"title": "Territori di prova", "slug": "territori"}, parent=tree.en)
    territories = {code: build_territory(index.en, code) for code in TERRITORIES}
    # Varese's card links both sectors; its Italian copy still points at the English pages, as
    # wagtail-localize leaves a copy: the card must link the Italian ones all the same.
    for page in (territories["VA"].en, territories["VA"].it):
        page.sectors = [sectors["science"].en, sectors["aerospace"].en]
        page.save_revision().publish()
    ecosystem = both(EcosystemPageFactory, {"title": "Ecosistema di prova", "slug": "ecosistema"}, parent=tree.en)
    entities = {name: build_entity(name, sectors, territories) for name in ENTITIES}
    return SimpleNamespace(
        tree=tree,
        site=tree.site,
        sectors=sectors,
        index=index,
        territories=territories,
        ecosystem=ecosystem,
        entities=entities,
        sites=build_sites(tree),
    )
