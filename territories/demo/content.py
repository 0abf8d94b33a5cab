"""Bilingual demo content of the territory ID cards.

Figures are real and sourced, or come from data/lombardy-facts.yaml:
- resident population (annual average) 1995 and 2013: ISTAT, as tabulated by rivaluta.it
  ("Le province italiane e la popolazione residente media per l'anno 1995 e 2013");
- density of Monza and Brianza and Sondrio (31 December 2020): ISTAT, Censimento permanente
  della popolazione, Lombardia (istat.it/it/archivio/268692);
- ZLS and ZIS: the regional strategy (annex A to DGR XII/4959 of 8 September 2025).
Infrastructure lists name well-known, public facilities only. Nothing here is invented; no
figure is marked illustrative.
"""

ISTAT_POP_SOURCE = {
    "en": "ISTAT, average resident population (table by rivaluta.it)",
    "it": "ISTAT, popolazione residente media (tabella di rivaluta.it)",
}
ISTAT_CENSUS_SOURCE = {
    "en": "ISTAT, permanent population census, Lombardy",
    "it": "ISTAT, Censimento permanente della popolazione, Lombardia",
}
STRATEGY_SOURCE = {
    "en": "Regional strategy for attracting investment (DGR XII/4959)",
    "it": "Strategia regionale per l'attrazione degli investimenti (DGR XII/4959)",
}

LABELS = {
    "population": {"en": "Resident population", "it": "Popolazione residente"},
    "density": {"en": "Population density", "it": "Densità di popolazione"},
    "residents": {"en": "residents", "it": "residenti"},
    "per_km2": {"en": "inhabitants per km²", "it": "abitanti per km²"},
    "chart": {"en": "Resident population, 1995 and 2013", "it": "Popolazione residente, 1995 e 2013"},
    "chart_2013": {"en": "Resident population, 2013", "it": "Popolazione residente, 2013"},
    "zls_municipalities": {
        "en": "Municipalities of the ZLS in this province",
        "it": "Comuni della ZLS in questa provincia",
    },
    "municipalities": {"en": "municipalities", "it": "comuni"},
}

CONTACT = {
    "name": {"en": "Invest in Lombardy – territorial desk", "it": "Invest in Lombardy – sportello territoriale"},
    "email": "invest@regione.lombardia.example",
    "phone": "+39 02 6765 0000",
}

# code: coordinates of the provincial capital, population 1995/2013 (1995 None where the
# province did not exist or had other borders), texts per language, infrastructure.
PROVINCES = {
    "BG": {
        "coords": (45.6983, 9.6773),
        "pop": (928779, 1100752),
        "en": {
            "summary": "An industrial province of machinery, rubber and plastics, with Milan Bergamo airport and the Kilometro Rosso science park.",
            "vocation": "<p>Mechanical engineering, rubber and plastics, textiles and a strong supply chain of small and medium manufacturers; research and innovation around the Kilometro Rosso science park and the University of Bergamo.</p>",
        },
        "it": {
            "summary": "Una provincia industriale di meccanica, gomma e plastica, con l'aeroporto di Milano Bergamo e il parco scientifico Kilometro Rosso.",
            "vocation": "<p>Meccanica, gomma e plastica, tessile e una solida filiera di piccole e medie imprese manifatturiere; ricerca e innovazione intorno al parco scientifico Kilometro Rosso e all'Università di Bergamo.</p>",
        },
        "infrastructure": [
            (
                "airport",
                "Milano Bergamo (Orio al Serio)",
                {
                    "en": "international airport next to the city",
                    "it": "aeroporto internazionale alle porte della città",
                },
            ),
            (
                "motorway",
                "A4 Milano–Venezia",
                {"en": "east–west axis of northern Italy", "it": "asse est–ovest del Nord Italia"},
            ),
            ("motorway", "A35 BreBeMi", {"en": "Brescia–Bergamo–Milan", "it": "Brescia–Bergamo–Milano"}),
            ("rail", "Bergamo–Milano", {"en": "regional trains to Milan", "it": "treni regionali per Milano"}),
        ],
    },
    "BS": {
        "coords": (45.5416, 10.2118),
        "pop": (1058627, 1254744),
        "en": {
            "summary": "Metals, machinery and automotive components, on the high-speed line between Milan and Venice.",
            "vocation": "<p>Steel and metalworking, machinery, automotive components and agrifood; a dense network of manufacturing districts and the University of Brescia.</p>",
        },
        "it": {
            "summary": "Metallurgia, meccanica e componentistica per l'automotive, sulla linea ad alta velocità tra Milano e Venezia.",
            "vocation": "<p>Siderurgia e lavorazione dei metalli, meccanica, componentistica per l'automotive e agroalimentare; una fitta rete di distretti manifatturieri e l'Università di Brescia.</p>",
        },
        "infrastructure": [
            (
                "airport",
                "Brescia Montichiari",
                {"en": "airport with cargo traffic", "it": "aeroporto con traffico merci"},
            ),
            ("motorway", "A4 Milano–Venezia", {"en": "", "it": ""}),
            ("motorway", "A21 Torino–Piacenza–Brescia", {"en": "", "it": ""}),
            ("motorway", "A35 BreBeMi", {"en": "Brescia–Bergamo–Milan", "it": "Brescia–Bergamo–Milano"}),
            ("rail", "Milano–Venezia high-speed line", {"en": "Brescia station", "it": "stazione di Brescia"}),
        ],
    },
    "CO": {
        "coords": (45.8081, 9.0852),
        "pop": (528003, 595657),
        "en": {
            "summary": "Textiles and silk, furniture and tourism on Lake Como, at the border with Switzerland.",
            "vocation": "<p>Silk and textiles, furniture and design, tourism; the ComoNExT innovation hub in Lomazzo and the University of Insubria.</p>",
        },
        "it": {
            "summary": "Tessile e seta, arredo e turismo sul Lago di Como, al confine con la Svizzera.",
            "vocation": "<p>Seta e tessile, arredo e design, turismo; il polo dell'innovazione ComoNExT a Lomazzo e l'Università dell'Insubria.</p>",
        },
        "infrastructure": [
            (
                "motorway",
                "A9 Lainate–Como–Chiasso",
                {"en": "to Milan and to Switzerland", "it": "verso Milano e la Svizzera"},
            ),
            ("rail", "Milano–Como–Chiasso", {"en": "on the Gotthard axis", "it": "sull'asse del Gottardo"}),
        ],
    },
    "CR": {
        "coords": (45.1332, 10.0227),
        "pop": (330014, 361977),
        "en": {
            "summary": "Agrifood and dairy, with the river port of Cremona and part of the ZLS Lombardia.",
            "vocation": "<p>Agriculture, dairy and the agrifood industry, logistics along the Po; the river port of Cremona is one of the two ports of the ZLS Lombardia.</p>",
        },
        "it": {
            "summary": "Agroalimentare e lattiero-caseario, con il porto fluviale di Cremona e parte della ZLS Lombardia.",
            "vocation": "<p>Agricoltura, lattiero-caseario e industria agroalimentare, logistica lungo il Po; il porto fluviale di Cremona è uno dei due porti della ZLS Lombardia.</p>",
        },
        "infrastructure": [
            (
                "port",
                "Porto di Cremona",
                {"en": "river port on the Po, ZLS Lombardia", "it": "porto fluviale sul Po, ZLS Lombardia"},
            ),
            ("motorway", "A21 Torino–Piacenza–Brescia", {"en": "", "it": ""}),
            (
                "rail",
                "Cremona–Milano, Cremona–Brescia, Cremona–Mantova",
                {"en": "regional lines", "it": "linee regionali"},
            ),
        ],
        "zls": True,
    },
    "LC": {
        "coords": (45.8566, 9.3977),
        "pop": (300949, 339620),
        "en": {
            "summary": "Metalworking and mechanics between Lake Como and the mountains, with a campus of the Politecnico di Milano.",
            "vocation": "<p>Metalworking, wire and precision mechanics, household appliances; a campus of the Politecnico di Milano in Lecco.</p>",
        },
        "it": {
            "summary": "Lavorazione dei metalli e meccanica tra il Lago di Como e le montagne, con un polo del Politecnico di Milano.",
            "vocation": "<p>Lavorazione dei metalli, filo e meccanica di precisione, elettrodomestici; un polo territoriale del Politecnico di Milano a Lecco.</p>",
        },
        "infrastructure": [
            (
                "motorway",
                "SS36 Milano–Lecco",
                {"en": "dual carriageway to Milan and Valtellina", "it": "superstrada verso Milano e la Valtellina"},
            ),
            ("rail", "Milano–Lecco–Sondrio", {"en": "", "it": ""}),
        ],
    },
    "LO": {
        "coords": (45.3097, 9.5037),
        "pop": (188239, 227440),
        "en": {
            "summary": "Agrifood, cosmetics and logistics on the A1 motorway, south-east of Milan.",
            "vocation": "<p>Agrifood and biotechnology around the Parco Tecnologico Padano, cosmetics and logistics along the motorway to Bologna.</p>",
        },
        "it": {
            "summary": "Agroalimentare, cosmesi e logistica sull'autostrada A1, a sud-est di Milano.",
            "vocation": "<p>Agroalimentare e biotecnologie intorno al Parco Tecnologico Padano, cosmesi e logistica lungo l'autostrada per Bologna.</p>",
        },
        "infrastructure": [
            ("motorway", "A1 Milano–Napoli", {"en": "", "it": ""}),
            ("rail", "Milano–Bologna", {"en": "regional and high-speed lines", "it": "linea storica e alta velocità"}),
        ],
    },
    "MN": {
        "coords": (45.1564, 10.7914),
        "pop": (370349, 413241),
        "en": {
            "summary": "Agrifood, chemicals and logistics, with the Valdaro inland port and part of the ZLS Lombardia.",
            "vocation": "<p>Agrifood, chemicals and plastics, hosiery and wood; logistics around the Valdaro inland port, one of the two ports of the ZLS Lombardia.</p>",
        },
        "it": {
            "summary": "Agroalimentare, chimica e logistica, con il porto di Valdaro e parte della ZLS Lombardia.",
            "vocation": "<p>Agroalimentare, chimica e plastica, calzetteria e legno; logistica intorno al porto di Valdaro, uno dei due porti della ZLS Lombardia.</p>",
        },
        "infrastructure": [
            (
                "port",
                "Porto di Mantova Valdaro",
                {
                    "en": "inland port on the Fissero–Tartaro–Canalbianco waterway, ZLS Lombardia",
                    "it": "porto interno sull'idrovia Fissero–Tartaro–Canalbianco, ZLS Lombardia",
                },
            ),
            ("intermodal", "Valdaro", {"en": "rail–road–waterway terminal", "it": "terminal ferro–gomma–acqua"}),
            (
                "motorway",
                "A22 del Brennero",
                {"en": "to Verona and the Brenner pass", "it": "verso Verona e il Brennero"},
            ),
            ("rail", "Mantova–Verona, Mantova–Cremona–Milano", {"en": "", "it": ""}),
        ],
        "zls": True,
    },
    "MI": {
        "coords": (45.4642, 9.1900),
        "pop": (None, 3125632),
        "en": {
            "summary": "Italy's business and financial capital: headquarters, services, research and two airports.",
            "vocation": "<p>Finance, business services, ICT, fashion and design, life sciences and research; headquarters of most foreign companies in Italy; the MIND innovation district with Human Technopole.</p>",
        },
        "it": {
            "summary": "La capitale economica e finanziaria d'Italia: sedi direzionali, servizi, ricerca e due aeroporti.",
            "vocation": "<p>Finanza, servizi alle imprese, ICT, moda e design, scienze della vita e ricerca; sede della maggior parte delle imprese estere in Italia; il distretto dell'innovazione MIND con Human Technopole.</p>",
        },
        "infrastructure": [
            ("airport", "Milano Linate", {"en": "city airport", "it": "aeroporto cittadino"}),
            (
                "airport",
                "Milano Malpensa",
                {
                    "en": "intercontinental airport and cargo hub (province of Varese)",
                    "it": "aeroporto intercontinentale e hub merci (provincia di Varese)",
                },
            ),
            (
                "motorway",
                "A1, A4, A7, A8, A9",
                {"en": "with the Milan ring roads", "it": "con le tangenziali di Milano"},
            ),
            (
                "rail",
                "Milano Centrale",
                {
                    "en": "high-speed hub to Turin, Venice, Bologna, Rome, Naples",
                    "it": "nodo dell'alta velocità verso Torino, Venezia, Bologna, Roma, Napoli",
                },
            ),
            (
                "intermodal",
                "Milano Smistamento (Segrate)",
                {"en": "rail freight terminal", "it": "terminal merci ferroviario"},
            ),
        ],
    },
    "MB": {
        "coords": (45.5845, 9.2744),
        "pop": (None, 856684),
        "density": 2146.3,
        "en": {
            "summary": "Furniture, electronics and mechanics in Lombardy's most densely populated province, north of Milan.",
            "vocation": "<p>Furniture and design, electronics, mechanics and ICT; a dense fabric of small and medium enterprises between Milan and the lakes.</p>",
        },
        "it": {
            "summary": "Arredo, elettronica e meccanica nella provincia più densamente popolata della Lombardia, a nord di Milano.",
            "vocation": "<p>Arredo e design, elettronica, meccanica e ICT; un tessuto fitto di piccole e medie imprese tra Milano e i laghi.</p>",
        },
        "infrastructure": [
            ("motorway", "A4, A52, A36 Pedemontana", {"en": "", "it": ""}),
            ("rail", "Milano–Monza", {"en": "suburban and regional lines", "it": "linee suburbane e regionali"}),
        ],
    },
    "PV": {
        "coords": (45.1847, 9.1582),
        "pop": (488823, 543948),
        "en": {
            "summary": "A university town with research hospitals, agrifood and logistics on the road to Genoa.",
            "vocation": "<p>Biomedical research and care (IRCCS San Matteo, Maugeri, Mondino), the University of Pavia and IUSS, rice and agrifood, logistics towards the port of Genoa.</p>",
        },
        "it": {
            "summary": "Una città universitaria con ospedali di ricerca, agroalimentare e logistica sulla via per Genova.",
            "vocation": "<p>Ricerca e cura biomedica (IRCCS San Matteo, Maugeri, Mondino), l'Università di Pavia e lo IUSS, riso e agroalimentare, logistica verso il porto di Genova.</p>",
        },
        "infrastructure": [
            ("motorway", "A7 Milano–Genova", {"en": "", "it": ""}),
            ("motorway", "A21 Torino–Piacenza–Brescia", {"en": "", "it": ""}),
            ("rail", "Milano–Pavia–Genova", {"en": "", "it": ""}),
        ],
    },
    "SO": {
        "coords": (46.1699, 9.8782),
        "pop": (176741, 181791),
        "density": 55.9,
        "en": {
            "summary": "The alpine province of Valtellina: tourism, hydropower, wine and food specialities.",
            "vocation": "<p>Mountain tourism, hydroelectric power, wine, bresaola and cheeses with protected designation; the Politec innovation hub.</p>",
        },
        "it": {
            "summary": "La provincia alpina della Valtellina: turismo, idroelettrico, vino e specialità alimentari.",
            "vocation": "<p>Turismo montano, energia idroelettrica, vino, bresaola e formaggi a denominazione protetta; il polo dell'innovazione Politec.</p>",
        },
        "infrastructure": [
            (
                "motorway",
                "SS36 and SS38",
                {"en": "main roads to Lecco and Milan", "it": "strade principali verso Lecco e Milano"},
            ),
            (
                "rail",
                "Tirano–Sondrio–Lecco–Milano",
                {"en": "and the Bernina line to St. Moritz", "it": "e la linea del Bernina per St. Moritz"},
            ),
        ],
    },
    "VA": {
        "coords": (45.8206, 8.8251),
        "pop": (801994, 882479),
        "en": {
            "summary": "Aerospace, textiles and chemicals around Malpensa airport, with the EU Joint Research Centre in Ispra.",
            "vocation": "<p>Aerospace and helicopters, textiles, chemicals and pharmaceuticals, logistics around Malpensa; the European Commission's Joint Research Centre in Ispra, the University of Insubria and LIUC.</p>",
        },
        "it": {
            "summary": "Aerospazio, tessile e chimica intorno all'aeroporto di Malpensa, con il Centro comune di ricerca dell'UE a Ispra.",
            "vocation": "<p>Aerospazio ed elicotteri, tessile, chimica e farmaceutica, logistica intorno a Malpensa; il Centro comune di ricerca della Commissione europea a Ispra, l'Università dell'Insubria e la LIUC.</p>",
        },
        "infrastructure": [
            (
                "airport",
                "Milano Malpensa",
                {"en": "intercontinental airport and cargo hub", "it": "aeroporto intercontinentale e hub merci"},
            ),
            ("motorway", "A8 Milano–Varese", {"en": "", "it": ""}),
            ("motorway", "A36 Pedemontana", {"en": "", "it": ""}),
            (
                "rail",
                "Milano–Varese, Milano–Gallarate",
                {"en": "and the Malpensa Express", "it": "e il Malpensa Express"},
            ),
            (
                "intermodal",
                "Busto Arsizio–Gallarate",
                {
                    "en": "rail–road terminal on the Gotthard corridor",
                    "it": "terminal ferro–gomma sul corridoio del Gottardo",
                },
            ),
        ],
    },
}

PROVINCE_NAMES = {
    "en": "Province of {}",
    "it": "Provincia di {}",
}

ZLS_TEXT = {
    "en": {
        "title": "ZLS Lombardia – Simplified logistics zone",
        "slug": "zls-lombardia",
        "summary": "The simplified logistics zone of the ports of Cremona and Mantua: 18 municipalities, faster permits and, in part, a tax credit.",
        "intro": "The ZLS Lombardia links the river ports of Cremona and Mantua with the logistics and industrial areas around them. Companies that invest there get simpler and faster procedures and, inside the regional state-aid map, a tax credit on capital goods.",
        "status": "<p>Established by DPCM of 27 December 2024, for 7 years, extendable by another 7. Of its 18 municipalities, those inside the 2022-2027 regional state-aid map are marked below: only there does the tax credit apply.</p>",
        "incentives": "<ul><li>Tax credit on capital goods, only in the parts inside the regional state-aid map (art. 107(3)(c) TFEU).</li><li>Possible customs free zones (Reg. EU 952/2013).</li><li>Guarantees for innovative logistics, especially river transport.</li><li>Research agreements with universities on innovative logistics.</li></ul>",
        "simplifications_heading": "Simplified procedures",
        "simplifications": "<ul><li>A single authorisation (Autorizzazione Unica) through the regional one-stop shop or the local SUAP.</li><li>Environmental procedures (VIA, VAS, AIA, AUA) one third faster; port concessions and logistics permits in half the time.</li><li>Where several administrations give an opinion, their deadlines are halved, then silence means consent.</li></ul>",
        "vocation": "<p>Logistics, river and intermodal transport, agrifood and the process industries of the Po valley.</p>",
        "area": "Area of the zone",
        "max_area": "Maximum area allowed",
        "duration": "Duration",
        "years": "years",
        "municipalities": "Municipalities",
        "in_aid_map": "Municipalities inside the state-aid map",
        "chart": "Area of the zone and maximum area allowed (ha)",
    },
    "it": {
        "title": "ZLS Lombardia – Zona logistica semplificata",
        "slug": "zls-lombardia",
        "summary": "La zona logistica semplificata dei porti di Cremona e Mantova: 18 comuni, autorizzazioni più rapide e, in parte, un credito d'imposta.",
        "intro": "La ZLS Lombardia collega i porti fluviali di Cremona e Mantova con le aree logistiche e industriali che li circondano. Chi vi investe ha procedure più semplici e rapide e, nelle aree comprese nella carta regionale degli aiuti di Stato, un credito d'imposta sui beni strumentali.",
        "status": "<p>Istituita con DPCM del 27 dicembre 2024, per 7 anni, prorogabili di altri 7. Dei suoi 18 comuni, sono indicati qui sotto quelli compresi nella carta regionale degli aiuti di Stato 2022-2027: solo lì si applica il credito d'imposta.</p>",
        "incentives": "<ul><li>Credito d'imposta sui beni strumentali, solo nelle parti comprese nella carta regionale degli aiuti di Stato (art. 107, par. 3, lett. c, TFUE).</li><li>Possibili zone franche doganali (Reg. UE 952/2013).</li><li>Garanzie per la logistica innovativa, in particolare il trasporto fluviale.</li><li>Accordi di ricerca con le università sulla logistica innovativa.</li></ul>",
        "simplifications_heading": "Procedure semplificate",
        "simplifications": "<ul><li>Autorizzazione unica tramite lo sportello unico regionale o il SUAP locale.</li><li>Procedure ambientali (VIA, VAS, AIA, AUA) ridotte di un terzo; concessioni portuali e autorizzazioni logistiche in metà tempo.</li><li>Quando si esprimono più amministrazioni, i termini sono dimezzati e poi vale il silenzio-assenso.</li></ul>",
        "vocation": "<p>Logistica, trasporto fluviale e intermodale, agroalimentare e industrie di processo della pianura padana.</p>",
        "area": "Superficie della zona",
        "max_area": "Superficie massima consentita",
        "duration": "Durata",
        "years": "anni",
        "municipalities": "Comuni",
        "in_aid_map": "Comuni compresi nella carta degli aiuti",
        "chart": "Superficie della zona e superficie massima consentita (ha)",
    },
}

ZIS_TEXT = {
    "en": {
        "title": "Innovation and development zones (ZIS)",
        "slug": "innovation-zones-zis",
        "summary": "Public-private partnerships per territory and specialisation, modelled on MIND: how the Region recognises its innovation zones.",
        "intro": "Inspired by the MIND innovation district in Milan, the innovation and development zones (Zone di Innovazione e Sviluppo) bring together, on one territory and one specialisation, the public sector, research, civil society, companies and the environment: the quintuple helix.",
        "status": "<p>Zones are recognised through a two-phase call opened from autumn 2025: partnerships first present a masterplan, then a strategic plan, and test their solutions in living labs. Recognised zones will be listed on this page.</p>",
        "analysis_heading": "How a zone is analysed",
        "analysis": "<ul><li>Sector: ATECO 2025 codes, at 2 or 3 digits.</li><li>Technology intensity (OECD/EU): high-tech manufacturing, medium-high-tech manufacturing, knowledge-intensive services.</li><li>The relational ecosystem: who works with whom on the territory.</li></ul>",
        "incentives": "<p>Partnerships of a recognised zone can access the regional instruments for innovation and supply chains; ask the agency which calls are open.</p>",
        "vocation": "<p>Each zone has its own specialisation, chosen by its partnership.</p>",
    },
    "it": {
        "title": "Zone di innovazione e sviluppo (ZIS)",
        "slug": "zone-innovazione-zis",
        "summary": "Partenariati pubblico-privati per territorio e specializzazione, sul modello di MIND: come la Regione riconosce le zone dell'innovazione.",
        "intro": "Ispirate al distretto dell'innovazione MIND di Milano, le Zone di innovazione e sviluppo riuniscono, su un territorio e una specializzazione, il settore pubblico, la ricerca, la società civile, le imprese e l'ambiente: la quintupla elica.",
        "status": "<p>Le zone sono riconosciute con un bando in due fasi aperto dall'autunno 2025: i partenariati presentano prima un masterplan, poi un piano strategico, e sperimentano le soluzioni in living lab. Le zone riconosciute saranno elencate in questa pagina.</p>",
        "analysis_heading": "Come si analizza una zona",
        "analysis": "<ul><li>Settore: codici ATECO 2025 a 2 o 3 cifre.</li><li>Intensità tecnologica (OCSE/UE): manifattura ad alta tecnologia, manifattura a medio-alta tecnologia, servizi ad alta intensità di conoscenza.</li><li>L'ecosistema relazionale: chi collabora con chi sul territorio.</li></ul>",
        "incentives": "<p>I partenariati di una zona riconosciuta possono accedere agli strumenti regionali per l'innovazione e le filiere; chiedete all'agenzia quali bandi sono aperti.</p>",
        "vocation": "<p>Ogni zona ha la propria specializzazione, scelta dal suo partenariato.</p>",
    },
}

INDEX_TEXT = {
    "en": {
        "title": "Territories",
        "slug": "territories",
        "summary": "ID cards of Lombardy's 12 provinces and special zones: figures with their sources, infrastructure, research and incentives.",
        "intro": "Each card gathers what an investor needs to compare locations: key figures with their source, vocation, infrastructure and connectivity, universities and research centres, incentives and special zones.",
    },
    "it": {
        "title": "Territori",
        "slug": "territori",
        "summary": "Le carte d'identità delle 12 province lombarde e delle zone speciali: dati con le fonti, infrastrutture, ricerca e incentivi.",
        "intro": "Ogni scheda raccoglie ciò che serve a un investitore per confrontare le localizzazioni: dati chiave con la fonte, vocazione, infrastrutture e collegamenti, università e centri di ricerca, incentivi e zone speciali.",
    },
}

ECOSYSTEM_TEXT = {
    "en": {
        "title": "Innovation ecosystem",
        "slug": "innovation-ecosystem",
        "summary": "Incubators, accelerators, clusters, innovation hubs, research hospitals, universities and ITS academies in Lombardy, on a map and in a list.",
        "intro": "The innovation centres mapped by the regional strategy. Filter by category or province: the map and the list always show the same entities.",
    },
    "it": {
        "title": "Ecosistema dell'innovazione",
        "slug": "ecosistema-innovazione",
        "summary": "Incubatori, acceleratori, cluster, poli dell'innovazione, IRCCS, università e ITS Academy in Lombardia, su una mappa e in un elenco.",
        "intro": "I centri dell'innovazione mappati dalla strategia regionale. Filtrate per categoria o provincia: la mappa e l'elenco mostrano sempre gli stessi soggetti.",
    },
}
