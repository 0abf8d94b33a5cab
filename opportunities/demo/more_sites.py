"""More illustrative demo sites, so the catalogue has about sixty across the 12 provinces and the ZLS.

Written compactly: one row per site; titles and summaries in both languages are composed from the
facts, in the same format as content.SITES. Municipalities (and ZLS membership) are real; every
figure is invented and the page says so.
"""

from django.utils.text import slugify

from opportunities.choices import zls_municipalities

# municipality, province, kind, category, permitted uses, site m², covered m², tenure, price €, power kW
ROWS = [
    ("Treviglio", "BG", "area", "greenfield", ["logistics"], 60000, None, "sale", 4200000, 2500),
    ("Seriate", "BG", "building", "brownfield", ["industrial"], 18000, 9000, "lease", 420000, 1200),
    ("Lumezzane", "BS", "building", "disused", ["industrial"], 12000, 7500, "sale", 1300000, 1600),
    ("Chiari", "BS", "area", "greenfield", ["industrial", "logistics"], 45000, None, "either", 2900000, 2000),
    ("Desenzano del Garda", "BS", "building", "regeneration", ["hospitality"], 9000, 4000, "sale", 3800000, 300),
    ("Como", "CO", "building", "regeneration", ["offices"], 4000, 3500, "lease", 260000, 250),
    ("Cantù", "CO", "building", "brownfield", ["industrial", "commercial"], 15000, 8000, "sale", 1900000, 800),
    ("Erba", "CO", "area", "greenfield", ["industrial"], 22000, None, "sale", 1500000, 900),
    ("Crema", "CR", "building", "brownfield", ["research", "offices"], 11000, 6000, "lease", 310000, 700),
    ("Soresina", "CR", "area", "greenfield", ["agricultural", "industrial"], 38000, None, "sale", 1700000, 1000),
    ("Sesto ed Uniti", "CR", "area", "greenfield", ["logistics"], 52000, None, "either", 3100000, 2200),
    ("Piadena Drizzona", "CR", "building", "disused", ["industrial", "logistics"], 26000, 11000, "sale", 1400000, 900),
    ("Lecco", "LC", "building", "regeneration", ["offices", "research"], 6000, 5200, "lease", 330000, 400),
    ("Merate", "LC", "building", "brownfield", ["industrial"], 14000, 8500, "sale", 1650000, 1100),
    ("Calolziocorte", "LC", "area", "brownfield", ["industrial"], 20000, None, "sale", 1150000, 700),
    ("Lodi", "LO", "building", "brownfield", ["research"], 8000, 4500, "lease", 240000, 600),
    ("Codogno", "LO", "area", "greenfield", ["logistics"], 70000, None, "sale", 4600000, 3000),
    (
        "Tavazzano con Villavesco",
        "LO",
        "area",
        "brownfield",
        ["industrial", "datacentre"],
        48000,
        None,
        "either",
        3900000,
        8000,
    ),
    ("San Benedetto Po", "MN", "area", "greenfield", ["logistics", "agricultural"], 41000, None, "sale", 1900000, 1300),
    ("Borgo Mantovano", "MN", "building", "brownfield", ["logistics"], 33000, 15000, "lease", 520000, 1000),
    ("Gazoldo degli Ippoliti", "MN", "area", "greenfield", ["industrial"], 29000, None, "sale", 1350000, 1100),
    (
        "Castiglione delle Stiviere",
        "MN",
        "building",
        "brownfield",
        ["industrial", "commercial"],
        16000,
        9000,
        "sale",
        2100000,
        900,
    ),
    ("Assago", "MI", "building", "regeneration", ["offices"], 7000, 6500, "lease", 780000, 900),
    ("Rho", "MI", "area", "regeneration", ["research", "offices"], 35000, None, "concession", None, 3500),
    ("Cornaredo", "MI", "area", "greenfield", ["datacentre"], 40000, None, "sale", 9800000, 30000),
    ("Legnano", "MI", "building", "disused", ["industrial", "offices"], 19000, 12000, "sale", 2700000, 1400),
    ("Monza", "MB", "building", "regeneration", ["offices", "research"], 5000, 4200, "lease", 410000, 500),
    ("Vimercate", "MB", "building", "brownfield", ["research", "industrial"], 21000, 11000, "either", 3400000, 2500),
    ("Lissone", "MB", "building", "brownfield", ["commercial", "industrial"], 10000, 6000, "sale", 1450000, 600),
    ("Pavia", "PV", "building", "regeneration", ["research"], 9500, 5800, "lease", 290000, 700),
    ("Vigevano", "PV", "building", "disused", ["industrial"], 17000, 10500, "sale", 1250000, 900),
    ("Voghera", "PV", "area", "greenfield", ["logistics"], 55000, None, "sale", 2600000, 1800),
    ("Sondrio", "SO", "building", "regeneration", ["offices", "hospitality"], 3500, 2800, "lease", 150000, 200),
    ("Chiavenna", "SO", "building", "brownfield", ["industrial"], 8500, 4800, "sale", 780000, 600),
    ("Tirano", "SO", "area", "greenfield", ["agricultural", "hospitality"], 12000, None, "sale", 520000, 300),
    ("Varese", "VA", "building", "regeneration", ["offices", "research"], 6500, 5000, "lease", 360000, 500),
    (
        "Busto Arsizio",
        "VA",
        "building",
        "brownfield",
        ["industrial", "logistics"],
        24000,
        14000,
        "either",
        2950000,
        1700,
    ),
    ("Saronno", "VA", "area", "brownfield", ["logistics", "commercial"], 31000, None, "sale", 2350000, 1200),
]

KIND = {
    "area": ("area", "Area", "Area", "f"),
    "building": ("building", "Building", "Edificio", "m"),
    "project": ("project", "Investment project", "Progetto di investimento", "m"),
}
# use -> (English adjective, Italian feminine, Italian masculine, English noun, Italian noun)
USES = {
    "logistics": ("Logistics", "logistica", "logistico", "logistics", "la logistica"),
    "industrial": ("Industrial", "industriale", "industriale", "industry", "l'industria"),
    "offices": ("Office", "per uffici", "per uffici", "offices", "uffici"),
    "research": ("Research", "per la ricerca", "per la ricerca", "research labs", "laboratori di ricerca"),
    "datacentre": ("Data-centre", "per data center", "per data center", "a data centre", "un data center"),
    "commercial": ("Retail", "commerciale", "commerciale", "retail", "il commercio"),
    "hospitality": ("Hospitality", "turistica", "turistico", "hospitality", "l'ospitalità"),
    "agricultural": ("Agrifood", "agricola", "agricolo", "agrifood", "l'agroalimentare"),
}
CATEGORY = {
    "greenfield": ("greenfield", "terreno libero"),
    "brownfield": ("brownfield", "area dismessa"),
    "regeneration": ("urban regeneration", "rigenerazione urbana"),
    "disused": ("disused site", "sito inattivo"),
}
TENURE = {
    "sale": ("For sale.", "In vendita."),
    "lease": ("For lease.", "In locazione."),
    "either": ("For sale or lease.", "In vendita o in locazione."),
    "concession": ("In concession.", "In concessione."),
}


def _italian_at(municipality):
    return f"ad {municipality}" if municipality[0] in "AEIOU" else f"a {municipality}"


def _number(value, lang):
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "it" else text


def _entry(row, zls):
    municipality, province, kind, category, uses, area, covered, tenure, price, power = row
    noun_en, kind_en, kind_it, gender = KIND[kind]
    first = USES[uses[0]]
    in_zls = (municipality, province) in zls
    title_en = f"{first[0]} {noun_en} in {municipality}"
    title_it = f"{kind_it} {first[1] if gender == 'f' else first[2]} {_italian_at(municipality)}"
    uses_en = " and ".join(USES[use][3] for use in uses)
    uses_it = " e ".join(USES[use][4] for use in uses)
    summary_en = (
        f"{kind_en} of {_number(area, 'en')} m² in {municipality} ({CATEGORY[category][0]}), "
        f"for {uses_en}. {TENURE[tenure][0]}{' In the ZLS.' if in_zls else ''}"
    )
    summary_it = (
        f"{kind_it} di {_number(area, 'it')} m² {_italian_at(municipality)} ({CATEGORY[category][1]}), "
        f"per {uses_it}. {TENURE[tenure][1]}{' Nella ZLS.' if in_zls else ''}"
    )
    facts = {
        "site_area_m2": area,
        "permitted_uses": list(uses),
        "tenure": tenure,
        "power_kw": power,
        "ownership": "public" if tenure == "concession" else "private",
        "in_zls": in_zls,
        "planning_status": "compliant",
        "environmental_status": "remediated" if category in {"brownfield", "disused"} else "clean",
    }
    if covered:
        facts.update(covered_area_m2=covered, buildings_count=1)
    if price:
        facts["asking_price_eur"] = price
    return (
        slugify(title_en),
        slugify(title_it),
        kind,
        category,
        municipality,
        province,
        facts,
        (title_en, summary_en),
        (title_it, summary_it),
    )


def more_sites():
    zls = zls_municipalities()
    return [_entry(row, zls) for row in ROWS]
