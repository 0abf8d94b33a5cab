"""Bilingual demo content for sectors, taken from data/lombardy-facts.yaml and paraphrasing the strategy.

Names, sub-sectors, ratings, countries of origin and ecosystem entities come from the facts file;
headlines and summaries are written for the demo. Company lists are left for editors: the
strategy names none, and the demo does not invent them.
"""

from home.demo.content import STRATEGY

INDEX = {
    "en": {
        "title": "Sectors",
        "slug": "sectors",
        "intro": "Lombardy's value proposition sector by sector: what the region offers, who is already here, "
        "and a booklet to take away.",
        "summary": "Priority sectors for foreign investment in Lombardy, with key figures and booklets.",
    },
    "it": {
        "title": "Settori",
        "slug": "settori",
        "intro": "La proposta di valore della Lombardia settore per settore: che cosa offre la regione, chi è già "
        "qui e un booklet da portare con sé.",
        "summary": "I settori prioritari per gli investimenti esteri in Lombardia, con cifre chiave e booklet.",
    },
}

# Italian names of the business functions' companions (the facts give both languages already).
COUNTRIES_IT = {
    "France": "Francia",
    "Germany": "Germania",
    "United Kingdom": "Regno Unito",
    "Spain": "Spagna",
    "Austria": "Austria",
    "Switzerland": "Svizzera",
    "United States": "Stati Uniti",
    "Canada": "Canada",
    "Japan": "Giappone",
    "China": "Cina",
    "India": "India",
    "United Arab Emirates": "Emirati Arabi Uniti",
    "Western Europe": "Europa occidentale",
    "North America": "Nord America",
    "Asia-Pacific": "Asia-Pacifico",
    "Central & Eastern Europe": "Europa centrale e orientale",
    "Middle East": "Medio Oriente",
    "Latin America & Caribbean": "America Latina e Caraibi",
    "Africa": "Africa",
}

SUB_SECTORS_IT = {
    "Software": "Software",
    "IT services": "Servizi IT",
    "Digital content": "Contenuti digitali",
    "Data centres": "Data center",
    "Artificial intelligence": "Intelligenza artificiale",
    "Pharma & biotech": "Farmaceutica e biotecnologie",
    "Gene therapy": "Terapia genica",
    "Neuroscience": "Neuroscienze",
    "Oncology": "Oncologia",
    "Medtech": "Dispositivi medici",
    "Engineering": "Ingegneria",
    "Finance": "Finanza",
    "Fintech": "Fintech",
    "Consulting": "Consulenza",
    "Training": "Formazione",
    "Semiconductors": "Semiconduttori",
    "Defence electronics": "Elettronica per la difesa",
    "Batteries": "Batterie",
    "Machinery": "Macchinari",
    "Industrial plants & equipment": "Impianti e attrezzature industriali",
    "R&D": "Ricerca e sviluppo",
    "Green chemistry": "Chimica verde",
    "Materials": "Materiali",
    "Plastics": "Materie plastiche",
    "Innovative food": "Alimenti innovativi",
    "Innovative packaging": "Packaging innovativo",
    "Agtech": "Agritech",
    "Vertical farming": "Agricoltura verticale",
    "Agricultural robotics": "Robotica agricola",
    "Helicopters (Leonardo supply chain)": "Elicotteri (filiera Leonardo)",
    "Drones": "Droni",
    "Testing": "Prove e collaudi",
    "Energy efficiency": "Efficienza energetica",
    "Solar": "Solare",
    "Hydrogen": "Idrogeno",
    "Nuclear engineering & R&D": "Ingegneria e ricerca nucleare",
    "Leather": "Pelletteria",
    "Textile & apparel": "Tessile e abbigliamento",
    "Design": "Design",
    "Media": "Media",
    "Fashion tech": "Fashion tech",
    "Cold-chain logistics": "Logistica del freddo",
    "Healthcare logistics": "Logistica sanitaria",
    "River transport": "Trasporto fluviale",
    "Logistics": "Logistica",
    "e-commerce": "E-commerce",
}

ECOSYSTEM_KINDS = {
    "cluster": ("Regional technology cluster", "Cluster tecnologico regionale"),
    "hub": ("Innovation hub", "Polo dell'innovazione"),
    "incubator": ("Incubator", "Incubatore"),
    "accelerator": ("Accelerator", "Acceleratore"),
    "hospital": ("Research hospital (IRCCS)", "Ospedale di ricerca (IRCCS)"),
}

# Per sector: Italian slug, headline and summary in both languages, the business functions and
# countries it targets (keys of the snippets), ecosystem entities from the facts file, and the row
# of fdi_figures.by_function_2018_2023 that best speaks for it.
SECTORS = {
    "ict": {
        "slug_it": "ict",
        "headline": (
            "Italy's digital capital: cloud regions, data centres and the country's largest tech talent pool",
            "La capitale digitale d'Italia: region cloud, data center e il più ampio bacino di talenti tech del Paese",
        ),
        "summary": (
            "Software, IT services, digital content, data centres and artificial intelligence, in the region that "
            "hosts most of Italy's data-centre investment.",
            "Software, servizi IT, contenuti digitali, data center e intelligenza artificiale, nella regione che "
            "accoglie la maggior parte degli investimenti italiani in data center.",
        ),
        "functions": ["datacenter", "business_services", "rnd", "hq", "sales_marketing"],
        "countries": ["United States", "United Kingdom", "France", "Germany", "India", "Western Europe"],
        "ecosystem": [
            ("M.I.A. Lombardia – European Digital Innovation hub", "hub"),
            ("Digital Innovation Hub", "hub"),
            ("Polihub Società Servizi Srl", "incubator"),
        ],
        "fdi_function": "Datacenter",
    },
    "life_sciences": {
        "slug_it": "scienze-della-vita",
        "headline": (
            "Research hospitals, universities and pharma plants within an hour of each other",
            "Ospedali di ricerca, università e stabilimenti farmaceutici a meno di un'ora l'uno dall'altro",
        ),
        "summary": (
            "Pharma and biotech, gene therapy, neuroscience, oncology and medtech, supported by Italy's densest "
            "network of research hospitals.",
            "Farmaceutica e biotecnologie, terapia genica, neuroscienze, oncologia e dispositivi medici, con la "
            "rete di ospedali di ricerca più fitta d'Italia.",
        ),
        "functions": ["rnd", "manufacturing", "hq", "sales_marketing"],
        "countries": ["United States", "United Kingdom", "France", "Germany", "Switzerland", "Japan"],
        "ecosystem": [
            ("Cluster Lombardo Scienze della vita", "cluster"),
            ("MIND - Human Technopole", "hub"),
            ("Fondazione IRCCS Istituto Neurologico Carlo Besta", "hospital"),
            ("BiovelocITA", "accelerator"),
        ],
        "fdi_function": "Research & Development",
    },
    "professional_financial_services": {
        "slug_it": "servizi-finanziari-e-professionali",
        "headline": (
            "Milan, Italy's financial centre and the home of its professional services",
            "Milano, il centro finanziario d'Italia e la casa dei suoi servizi professionali",
        ),
        "summary": (
            "Engineering, finance, fintech, consulting and training: front-office services for Italy and southern "
            "Europe, run from Milan.",
            "Ingegneria, finanza, fintech, consulenza e formazione: servizi di front office per l'Italia e il Sud "
            "Europa, gestiti da Milano.",
        ),
        "functions": ["business_services", "hq", "back_office", "sales_marketing"],
        "countries": ["United States", "United Kingdom", "France", "Germany", "Western Europe"],
        "ecosystem": [("Fintech District", "incubator"), ("Bocconi for innovation", "incubator")],
        "fdi_function": "Business services, Training",
    },
    "microelectronics": {
        "slug_it": "microelettronica",
        "headline": (
            "Semiconductors, defence electronics and batteries in a region of skilled engineers",
            "Semiconduttori, elettronica per la difesa e batterie in una regione di ingegneri qualificati",
        ),
        "summary": (
            "Chip design and production, defence electronics and batteries, close to Europe's largest "
            "manufacturing customers.",
            "Progettazione e produzione di chip, elettronica per la difesa e batterie, vicino ai maggiori clienti "
            "manifatturieri d'Europa.",
        ),
        "functions": ["manufacturing", "rnd", "business_services"],
        "countries": ["United States", "Japan", "Germany", "France", "Asia-Pacific"],
        "ecosystem": [("Made - Politecnico Milano", "hub"), ("Polo Tecnologico di Pavia", "hub")],
        "fdi_function": "Research & Development",
    },
    "advanced_manufacturing": {
        "slug_it": "manifattura-avanzata",
        "headline": (
            "Europe's machinery heartland, ready for Industry 4.0",
            "Il cuore europeo dei macchinari, pronto per l'Industria 4.0",
        ),
        "summary": (
            "Machinery, industrial plants and equipment, engineering and R&D in one of Europe's leading "
            "manufacturing regions.",
            "Macchinari, impianti e attrezzature industriali, ingegneria e ricerca in una delle principali regioni "
            "manifatturiere d'Europa.",
        ),
        "functions": ["manufacturing", "rnd", "logistics", "business_services"],
        "countries": ["Germany", "Switzerland", "Japan", "Western Europe"],
        "ecosystem": [
            ("AFIL Associazione Fabbrica Intelligente Lombardia", "cluster"),
            ("Parco Scientifico e Tecnologico Kilometro Rosso", "hub"),
            ("Made - Politecnico Milano", "hub"),
        ],
        "fdi_function": "Industrial production (of which 10 new creations)",
    },
    "chemistry": {
        "slug_it": "chimica",
        "headline": (
            "Italy's chemical district, turning green",
            "Il distretto chimico d'Italia, sempre più verde",
        ),
        "summary": (
            "Research, green chemistry, materials and plastics, with suppliers and customers across the region's "
            "industrial fabric.",
            "Ricerca, chimica verde, materiali e materie plastiche, con fornitori e clienti in tutto il tessuto "
            "industriale della regione.",
        ),
        "functions": ["manufacturing", "rnd", "recycling"],
        "countries": ["Germany", "France", "United States", "Western Europe", "North America"],
        "ecosystem": [("Lombardy Green Chemistry Association (LGCA)", "cluster")],
        "fdi_function": "Industrial production (of which 10 new creations)",
    },
    "agrifood": {
        "slug_it": "agroalimentare",
        "headline": (
            "Italy's first agricultural region, where food meets technology",
            "La prima regione agricola d'Italia, dove il cibo incontra la tecnologia",
        ),
        "summary": (
            "Innovative food and packaging, agtech, vertical farming and agricultural robotics, on the Po valley's "
            "farmland and near its food industry.",
            "Alimenti e packaging innovativi, agritech, agricoltura verticale e robotica agricola, tra i campi della "
            "pianura padana e vicino alla sua industria alimentare.",
        ),
        "functions": ["manufacturing", "rnd", "logistics"],
        "countries": ["France", "Germany", "Spain", "United States", "Western Europe"],
        "ecosystem": [
            ("Cluster di Alta Tecnologia Agrofood Lombardia (CAT.AL)", "cluster"),
            ("Parco Tecnologico Padano", "incubator"),
            ("TerraNext Accelerator", "accelerator"),
        ],
        "fdi_function": "Industrial production (of which 10 new creations)",
    },
    "aerospace": {
        "slug_it": "aerospazio-e-difesa",
        "headline": (
            "Helicopters, drones and testing: a supply chain that builds aircraft",
            "Elicotteri, droni e collaudi: una filiera che costruisce aeromobili",
        ),
        "summary": (
            "The helicopter supply chain, drones, testing and engineering, around one of Europe's aerospace clusters.",
            "La filiera degli elicotteri, i droni, i collaudi e l'ingegneria, attorno a uno dei cluster "
            "aerospaziali d'Europa.",
        ),
        "functions": ["manufacturing", "rnd", "business_services"],
        "countries": ["France", "United States", "Western Europe"],
        "ecosystem": [("Lombardy Aerospace Cluster", "cluster")],
        "fdi_function": "Research & Development",
    },
    "cleantech": {
        "slug_it": "energia-e-cleantech",
        "headline": (
            "Energy efficiency, solar, hydrogen and nuclear engineering for the energy transition",
            "Efficienza energetica, solare, idrogeno e ingegneria nucleare per la transizione energetica",
        ),
        "summary": (
            "Technologies for the energy transition, from efficiency and renewables to hydrogen and nuclear research.",
            "Tecnologie per la transizione energetica, dall'efficienza e dalle rinnovabili all'idrogeno e alla "
            "ricerca nucleare.",
        ),
        "functions": ["manufacturing", "rnd", "business_services"],
        "countries": ["Germany", "Austria", "Switzerland", "France", "United States", "Japan"],
        "ecosystem": [("Lombardy Energy Cleantech Cluster", "cluster")],
        "fdi_function": "Research & Development",
    },
    "luxury": {
        "slug_it": "lusso-e-moda",
        "headline": (
            "Where luxury is made: leather, textiles and design around Milan",
            "Dove nasce il lusso: pelletteria, tessile e design attorno a Milano",
        ),
        "summary": (
            "Leather goods, textile and apparel, and design, with the workshops and suppliers that the world's "
            "fashion houses rely on.",
            "Pelletteria, tessile e abbigliamento e design, con i laboratori e i fornitori su cui contano le case "
            "di moda di tutto il mondo.",
        ),
        "functions": ["manufacturing", "hq", "sales_marketing"],
        "countries": ["France", "Western Europe"],
        "ecosystem": [("Fashion Technology Accelerator", "accelerator")],
        "fdi_function": "Sales (B2B) & Marketing, HQ",
    },
    "creative_industries": {
        "slug_it": "industrie-creative",
        "headline": (
            "Design, media and fashion tech in Italy's creative capital",
            "Design, media e fashion tech nella capitale creativa d'Italia",
        ),
        "summary": (
            "Design studios, media companies and fashion-tech start-ups, in the city of the design and fashion weeks.",
            "Studi di design, aziende dei media e start-up fashion tech, nella città delle settimane del design e "
            "della moda.",
        ),
        "functions": ["business_services", "hq", "sales_marketing"],
        "countries": ["France", "United Kingdom", "United States", "Western Europe"],
        "ecosystem": [("Fashion Technology Accelerator", "accelerator"), ("Fab Lab Milano", "hub")],
        "fdi_function": "Sales (B2B) & Marketing, HQ",
    },
    "logistics_transport": {
        "slug_it": "trasporti-e-logistica",
        "headline": (
            "The logistics hub of northern Italy, at the crossroads of European corridors",
            "L'hub logistico del Nord Italia, all'incrocio dei corridoi europei",
        ),
        "summary": (
            "Cold-chain and healthcare logistics and river transport, serving the richest market in Italy and its "
            "neighbours.",
            "Logistica del freddo e sanitaria e trasporto fluviale, al servizio del mercato più ricco d'Italia e "
            "dei Paesi vicini.",
        ),
        "functions": ["logistics", "back_office"],
        "countries": ["Germany", "France", "Switzerland", "Western Europe"],
        "ecosystem": [("Associazione Cluster Lombardo della Mobilità", "cluster")],
        "fdi_function": "Logistics & Maintenance",
    },
    "consumer_goods": {
        "slug_it": "beni-di-consumo",
        "headline": (
            "Reach ten million consumers, and Italy beyond them",
            "Raggiungere dieci milioni di consumatori, e l'Italia oltre",
        ),
        "summary": (
            "Consumer goods brands, their logistics and e-commerce, in Italy's largest and wealthiest market.",
            "Marchi di beni di consumo, la loro logistica e l'e-commerce, nel mercato più grande e ricco d'Italia.",
        ),
        "functions": ["sales_marketing", "hq", "logistics"],
        "countries": ["United States", "Germany", "France", "China", "Western Europe"],
        "ecosystem": [("Italian Brand Factory", "incubator")],
        "fdi_function": "Sales (B2B) & Marketing, HQ",
    },
}

RATING_LABEL = {
    "en": "opportunity for Lombardy, on a scale from + to +++",
    "it": "opportunità per la Lombardia, su una scala da + a +++",
}
PRIORITY_LABEL = {
    "en": "priority tier in the regional strategy (1 is the highest)",
    "it": "livello di priorità nella strategia regionale (1 è il più alto)",
}
FUNCTION_SHARE_LABEL = {
    "en": "of Italy's foreign {function} projects chose Lombardy",
    "it": "dei progetti esteri in Italia di tipo «{function}» hanno scelto la Lombardia",
}
FUNCTION_NAMES = {
    "Datacenter": ("data-centre", "data center"),
    "Research & Development": ("R&D", "ricerca e sviluppo"),
    "Business services, Training": ("business-services", "servizi alle imprese"),
    "Industrial production (of which 10 new creations)": ("industrial-production", "produzione industriale"),
    "Logistics & Maintenance": ("logistics", "logistica"),
    "Sales (B2B) & Marketing, HQ": ("sales, marketing and headquarters", "vendite, marketing e sedi"),
}

BOOKLET_TEXT = {
    "en": {
        "title": "{sector}: the Lombardy booklet",
        "subtitle": "Why invest, key figures, the ecosystem and how the Region helps",
        "description": "A short guide for investors in {sector}: the region's strengths, its figures, the "
        "ecosystem to join and the free services of the Region's investment team.",
        "chapters": [
            ("Why Lombardy for {sector}", "The value proposition in one page."),
            ("Key figures", "Foreign investment in the sector and the region, with sources."),
            ("Sub-sectors", "{subs}."),
            ("The ecosystem", "Clusters, innovation hubs and research centres to work with."),
            ("How we help", "Free, personalised assistance from the first assessment to aftercare."),
        ],
        "edition": "Demo edition 2026",
        "demo_note": "Demo booklet generated by the site: replace it with the designed booklet.",
    },
    "it": {
        "title": "{sector}: il booklet della Lombardia",
        "subtitle": "Perché investire, cifre chiave, l'ecosistema e come aiuta la Regione",
        "description": "Una breve guida per chi investe in {sector}: i punti di forza della regione, le sue "
        "cifre, l'ecosistema di cui entrare a far parte e i servizi gratuiti della Regione per gli investitori.",
        "chapters": [
            ("Perché la Lombardia per {sector}", "La proposta di valore in una pagina."),
            ("Cifre chiave", "Gli investimenti esteri nel settore e nella regione, con le fonti."),
            ("Sotto-settori", "{subs}."),
            ("L'ecosistema", "Cluster, poli dell'innovazione e centri di ricerca con cui collaborare."),
            ("Come vi aiutiamo", "Assistenza gratuita e personalizzata, dalla prima valutazione all'aftercare."),
        ],
        "edition": "Edizione demo 2026",
        "demo_note": "Booklet dimostrativo generato dal sito: sostituirlo con il booklet impaginato.",
    },
}

BODY_TEXT = {
    "en": "<h2>Why {sector} investors choose Lombardy</h2><p>{summary}</p><p>The regional strategy rates the "
    "opportunity in this sector as <b>{rating}</b>. The Region's investment team offers free, personalised "
    "support: information, site search, incentives, recruitment, permits and aftercare.</p>",
    "it": "<h2>Perché chi investe in {sector} sceglie la Lombardia</h2><p>{summary}</p><p>La strategia regionale "
    "valuta l'opportunità in questo settore come <b>{rating}</b>. Il team regionale per gli investitori offre un "
    "supporto gratuito e personalizzato: informazioni, ricerca di siti, incentivi, reclutamento, permessi e "
    "aftercare.</p>",
}
NOT_RATED = {"en": "emerging", "it": "emergente"}


def key_figures(sector_facts, fdi_row, lang):
    figures = []
    if sector_facts.get("opportunity"):
        figures.append((sector_facts["opportunity"], RATING_LABEL[lang], STRATEGY[lang], "2025"))
    if sector_facts.get("priority"):
        figures.append((str(sector_facts["priority"]), PRIORITY_LABEL[lang], STRATEGY[lang], "2025"))
    if fdi_row:
        name = FUNCTION_NAMES[fdi_row["function"]][0 if lang == "en" else 1]
        value = f"{fdi_row['vs_italy_pct']}%"
        if lang == "it":
            value = value.replace(".", ",")
        figures.append((value, FUNCTION_SHARE_LABEL[lang].format(function=name), STRATEGY[lang], "2018–2023"))
    heading = "Key figures" if lang == "en" else "Cifre chiave"
    return heading, figures


CONTACT_BLOCK = {
    "en": {
        "heading": "Planning an investment? Talk to us",
        "intro": "The Region's investment team helps you for free, from the first questions to aftercare.",
    },
    "it": {
        "heading": "Stai pensando di investire? Parliamone",
        "intro": "Il team regionale per gli investitori ti aiuta gratuitamente, dalle prime domande all'aftercare.",
    },
}
