"""Bilingual demo content for the home page and the generic pages.

Figures come from data/lombardy-facts.yaml (the Region's strategy, annex A to DGR XII/4959 of
8 September 2025); the prose paraphrases the strategy. Each builder takes a language code and
a context (page and image ids already created) and returns the page's field values.
"""

from home.demo import blocks as b
from home.demo.facts import facts

STRATEGY = {
    "en": "Lombardy Region, investment attraction strategy (DGR XII/4959, 2025)",
    "it": "Regione Lombardia, Strategia per l'attrazione investimenti (DGR XII/4959, 2025)",
}
FDI_SOURCE = {
    "en": "Greenfield, expansion and co-location projects, 2018–2023; " + STRATEGY["en"],
    "it": "Progetti greenfield, ampliamento e co-localizzazione, 2018–2023; " + STRATEGY["it"],
}


def _fdi():
    return facts()["fdi_figures"]


def fdi_key_figures(lang):
    fdi = _fdi()
    total_projects = sum(fdi["projects_lombardy"])
    total_jobs = sum(fdi["jobs_lombardy"])
    share = round(100 * total_projects / sum(fdi["projects_italy"]), 1)
    src = STRATEGY[lang]
    if lang == "it":
        figures = [
            (f"{total_projects}", "progetti di investimento estero in Lombardia", src, "2018–2023"),
            (f"{share}%".replace(".", ","), "dei progetti esteri in Italia scelgono la Lombardia", src, "2018–2023"),
            (f"{total_jobs:,}".replace(",", "."), "posti di lavoro annunciati", src, "2018–2023"),
            ("15.000+", "unità locali controllate da imprese estere", "ISTAT", "2019"),
        ]
        heading = "La Lombardia in cifre"
    else:
        figures = [
            (f"{total_projects}", "foreign investment projects in Lombardy", src, "2018–2023"),
            (f"{share}%", "of foreign projects in Italy choose Lombardy", src, "2018–2023"),
            (f"{total_jobs:,}", "jobs announced", src, "2018–2023"),
            ("15,000+", "local units controlled by foreign-owned companies", "ISTAT", "2019"),
        ]
        heading = "Lombardy in figures"
    return b.key_figures(heading, figures)


def fdi_chart(lang):
    fdi = _fdi()
    title = {
        "en": "Foreign investment projects in Lombardy per year",
        "it": "Progetti di investimento estero in Lombardia per anno",
    }[lang]
    unit = {"en": "projects", "it": "progetti"}[lang]
    return b.bar_chart(title, unit, zip(fdi["years"], fdi["projects_lombardy"], strict=True), FDI_SOURCE[lang])


def fdi_table(lang):
    fdi = _fdi()
    header = {
        "en": ["Year", "Projects in Italy", "Projects in Lombardy", "Lombardy's share", "Jobs in Lombardy"],
        "it": [
            "Anno",
            "Progetti in Italia",
            "Progetti in Lombardia",
            "Quota Lombardia",
            "Posti di lavoro in Lombardia",
        ],
    }[lang]
    rows = []
    for i, year in enumerate(fdi["years"]):
        share = f"{fdi['lombardy_share_of_projects_pct'][i]}%"
        rows.append(
            [
                str(year),
                str(fdi["projects_italy"][i]),
                str(fdi["projects_lombardy"][i]),
                share.replace(".", ",") if lang == "it" else share,
                str(fdi["jobs_lombardy"][i]),
            ]
        )
    caption = {
        "en": "Foreign direct investment projects, Italy and Lombardy, 2018–2023",
        "it": "Progetti di investimento diretto estero, Italia e Lombardia, 2018–2023",
    }[lang]
    return b.table(caption, header, rows, FDI_SOURCE[lang])


def functions_table(lang):
    header = {
        "en": ["Business function", "Projects", "Share of Lombardy's projects", "Lombardy's share of Italy"],
        "it": ["Funzione aziendale", "Progetti", "Quota sui progetti lombardi", "Quota Lombardia su Italia"],
    }[lang]
    rows = [
        [row["function"], str(row["projects"]), f"{row['pct']}%", f"{row['vs_italy_pct']}%"]
        for row in _fdi()["by_function_2018_2023"]
    ]
    caption = {
        "en": "Foreign investment projects in Lombardy by business function, 2018–2023",
        "it": "Progetti di investimento estero in Lombardia per funzione aziendale, 2018–2023",
    }[lang]
    return b.table(caption, header, rows, STRATEGY[lang])


HOME = {
    "en": {
        "title": "Invest in Lombardy",
        "hero_title": "Your Lombardy way: invest where Italy's economy meets Europe",
        "hero_intro": "Almost half of the foreign investment projects that come to Italy choose Lombardy. "
        "Our free, confidential service helps you find the right site, partners and incentives, from first idea to landing and beyond.",
        "hero_cta_label": "See how we help investors",
        "summary": "The investment promotion service of the Lombardy Region: sectors, sites, incentives and free assistance for foreign investors.",
        "highlights_heading": "Start here",
        "highlights_intro": "What Lombardy offers and how the regional team works with you.",
        "cta": (
            "Planning an investment in Italy?",
            "Tell us about your project: we answer within two working days, free of charge and in confidence.",
            "Contact the investment team",
        ),
    },
    "it": {
        "title": "Invest in Lombardy",
        "hero_title": "Your Lombardy way: investi dove l'economia italiana incontra l'Europa",
        "hero_intro": "Quasi la metà dei progetti di investimento estero in Italia sceglie la Lombardia. "
        "Il nostro servizio, gratuito e riservato, ti aiuta a trovare il sito, i partner e gli incentivi giusti, dall'idea all'insediamento e oltre.",
        "hero_cta_label": "Scopri come aiutiamo gli investitori",
        "summary": "Il servizio di promozione degli investimenti di Regione Lombardia: settori, siti, incentivi e assistenza gratuita per gli investitori esteri.",
        "highlights_heading": "Per cominciare",
        "highlights_intro": "Che cosa offre la Lombardia e come lavora con te il team regionale.",
        "cta": (
            "Stai pianificando un investimento in Italia?",
            "Raccontaci il tuo progetto: rispondiamo entro due giorni lavorativi, gratuitamente e in modo riservato.",
            "Contatta il team investimenti",
        ),
    },
}


def about(lang, ctx):
    logics = facts()["investment_logics"]
    if lang == "it":
        return {
            "title": "Perché la Lombardia",
            "slug": "perche-la-lombardia",
            "summary": "Il primo mercato d'Italia, un ecosistema industriale e scientifico completo e un servizio pubblico dedicato agli investitori.",
            "intro": "La Lombardia attrae quasi la metà dei progetti di investimento estero in Italia. Ecco perché le imprese la scelgono, secondo la strategia regionale.",
            "body": [
                fdi_key_figures(lang),
                b.rich_text(
                    "<h2>Perché le imprese estere scelgono la Lombardia</h2>"
                    "<ol><li><b>Un grande mercato ricco</b>, centrale per il Nord e il Centro Italia e per le regioni europee vicine, servito da infrastrutture di trasporto.</li>"
                    "<li><b>Un ecosistema regionale completo</b>: competenze scientifiche e tecnologiche e un tessuto industriale forte (metalli, macchinari, agroalimentare, plastica, chimica, aeronautica).</li></ol>"
                    "<p>A questi si aggiungono costi operativi inferiori a quelli dell'Europa occidentale, risorse naturali, agricole e forestali, incentivi per attività industriali e di R&amp;S e un'alta qualità della vita a costi contenuti.</p>"
                ),
                fdi_chart(lang),
                fdi_table(lang),
                functions_table(lang),
                b.image(
                    ctx["images"]["alps-and-lakes"],
                    "Alpi e laghi lombardi (illustrazione segnaposto)",
                    "Invest in Lombardy",
                ),
            ],
        }
    return {
        "title": "Why Lombardy",
        "slug": "why-lombardy",
        "summary": "Italy's largest market, a complete industrial and scientific ecosystem and a public service dedicated to investors.",
        "intro": "Lombardy attracts almost half of the foreign investment projects that come to Italy. Here is why companies choose it, according to the regional strategy.",
        "body": [
            fdi_key_figures(lang),
            b.rich_text(
                "<h2>Why foreign companies choose Lombardy</h2>"
                f"<ol><li><b>A large, rich market</b>: {logics['main'][0].split(',', 1)[1].strip()}.</li>"
                "<li><b>A complete regional ecosystem</b>: science and technology skills and a strong industrial fabric (metals, machinery, agrifood, plastics, chemicals, aeronautics).</li></ol>"
                "<p>Add operating costs lower than in western Europe, local natural, agricultural and forestry resources, incentives for industrial and R&amp;D activities and a high quality of life at a contained cost.</p>"
            ),
            fdi_chart(lang),
            fdi_table(lang),
            functions_table(lang),
            b.image(
                ctx["images"]["alps-and-lakes"],
                "The Lombard Alps and lakes (placeholder illustration)",
                "Invest in Lombardy",
            ),
        ],
    }


def services(lang, ctx):
    s = facts()["investor_services"]
    if lang == "it":
        return {
            "title": "Servizi per gli investitori",
            "slug": "servizi-per-investitori",
            "summary": "Informazione, consulenza, contatti e assistenza: un servizio gratuito e personalizzato, dalla prima valutazione all'insediamento e oltre.",
            "intro": "Il servizio è gratuito e personalizzato: ti accompagna dalla valutazione preliminare all'insediamento e alle espansioni successive, con un'attenzione costante alle imprese già presenti (aftercare).",
            "body": [
                b.rich_text(
                    "<h2>Informazione</h2><ul>"
                    "<li>Quadro legale: costituzione della società, lavoro, ambiente, immigrazione</li>"
                    "<li>Fiscalità nazionale e regionale, per imprese e persone</li>"
                    "<li>Settori e attività: mercato, filiere, imprese chiave</li>"
                    "<li>Infrastrutture e connettività, demografia, mercato del lavoro, qualità della vita</li>"
                    "<li>Costi: lavoro, utenze, terreni, magazzini, uffici</li>"
                    "<li>Incentivi nazionali e regionali</li>"
                    "<li>Siti: terreni, edifici, uffici, spazi di coworking</li></ul>"
                    "<h2>Consulenza</h2><ul><li>Studi su misura su opportunità specifiche e consulenza tramite partner (per i key account)</li></ul>"
                    "<h2>Contatti con autorità e partner</h2><ul>"
                    "<li>Regione e sistema regionale (SIREG); autorità locali: province e comuni</li>"
                    "<li>Ricerca e innovazione (centri di ricerca, distretti tecnologici) e formazione (università, ITS)</li>"
                    "<li>Imprese: partner, fornitori, servizi specializzati, utility</li>"
                    "<li>Gestori di infrastrutture e utility, associazioni di categoria</li></ul>"
                    "<h2>Assistenza</h2><ul>"
                    "<li>Incontri con il Presidente e gli Assessori della Regione (per i key account)</li>"
                    "<li>Visite ai siti con i comuni e gli operatori immobiliari</li>"
                    "<li>Reclutamento e formazione con centri per l'impiego, ITS e università</li>"
                    "<li>Attivazione degli incentivi, in particolare quelli regionali</li></ul>"
                ),
                b.faq(
                    "Domande frequenti",
                    [
                        (
                            "Il servizio è a pagamento?",
                            "<p>No. Il servizio è gratuito e riservato, dalla prima richiesta all'insediamento.</p>",
                        ),
                        (
                            "Potete aiutarci a trovare un sito?",
                            "<p>Sì. Selezioniamo aree ed edifici disponibili in base ai requisiti del progetto e organizziamo le visite con i comuni e i proprietari.</p>",
                        ),
                        (
                            "Seguite anche le imprese già insediate?",
                            "<p>Sì: l'aftercare accompagna le imprese estere già presenti nelle espansioni e nei rapporti con le amministrazioni.</p>",
                        ),
                    ],
                ),
                b.call_to_action(*HOME["it"]["cta"], url="mailto:invest@regione.lombardia.example"),
            ],
        }
    return {
        "title": "Services for investors",
        "slug": "investor-services",
        "summary": "Information, advice, introductions and hands-on assistance: a free, tailored service from first assessment to landing and beyond.",
        "intro": f"Our service is {s['lifecycle'].split(',')[0]}: it takes you from preliminary assessment to landing and later expansion, with aftercare for companies already established.",
        "body": [
            b.rich_text(
                "<h2>Information</h2><ul>"
                + "".join(f"<li>{item[0].upper()}{item[1:]}</li>" for item in s["information"])
                + "</ul>"
                "<h2>Advice</h2><ul><li>Tailored reports on specific opportunities and advice through partners (for key accounts)</li></ul>"
                "<h2>Introductions to authorities and partners</h2><ul>"
                + "".join(f"<li>{item}</li>" for item in s["matchmaking"])
                + "</ul>"
                "<h2>Assistance</h2><ul>"
                + "".join(f"<li>{item[0].upper()}{item[1:]}</li>" for item in s["assistance"])
                + "</ul>"
            ),
            b.faq(
                "Frequently asked questions",
                [
                    (
                        "Do you charge for the service?",
                        "<p>No. The service is free and confidential, from the first enquiry to landing.</p>",
                    ),
                    (
                        "Can you help us find a site?",
                        "<p>Yes. We shortlist available land and buildings against your project's requirements and arrange visits with municipalities and owners.</p>",
                    ),
                    (
                        "Do you also support companies already here?",
                        "<p>Yes: aftercare supports foreign companies already in Lombardy with expansions and with public administrations.</p>",
                    ),
                ],
            ),
            b.call_to_action(*HOME["en"]["cta"], url="mailto:invest@regione.lombardia.example"),
        ],
    }


def privacy(lang, ctx):
    if lang == "it":
        return {
            "title": "Informativa sulla privacy",
            "slug": "privacy",
            "summary": "Come trattiamo i dati personali raccolti da questo sito.",
            "intro": "Versione 1.0. Questa informativa spiega quali dati personali raccogliamo attraverso i moduli del sito, perché, per quanto tempo e quali sono i tuoi diritti (Regolamento UE 2016/679).",
            "body": [
                b.rich_text(
                    "<h2>Titolare del trattamento</h2><p>Regione Lombardia, Piazza Città di Lombardia 1, 20124 Milano.</p>"
                    "<h2>Quali dati e perché</h2><ul><li>I dati che inserisci nei moduli (nome, e-mail di lavoro, azienda, paese, ruolo e interessi) per rispondere alla tua richiesta o inviarti il documento richiesto.</li>"
                    "<li>Solo con il tuo consenso, per farti contattare dal team investimenti o inviarti la newsletter. Ogni consenso è separato e revocabile.</li></ul>"
                    "<h2>Per quanto tempo</h2><p>I dati dei contatti sono cancellati 24 mesi dopo l'ultima interazione, salvo un rapporto di assistenza in corso.</p>"
                    "<h2>I tuoi diritti</h2><p>Puoi chiedere in qualsiasi momento l'accesso, la rettifica, la cancellazione o la portabilità dei tuoi dati scrivendo a privacy@regione.lombardia.example, e proporre reclamo al Garante per la protezione dei dati personali.</p>"
                ),
            ],
        }
    return {
        "title": "Privacy notice",
        "slug": "privacy",
        "summary": "How we process the personal data collected through this site.",
        "intro": "Version 1.0. This notice explains what personal data we collect through the site's forms, why, for how long, and your rights (EU Regulation 2016/679, GDPR).",
        "body": [
            b.rich_text(
                "<h2>Controller</h2><p>Lombardy Region, Piazza Città di Lombardia 1, 20124 Milan, Italy.</p>"
                "<h2>What data and why</h2><ul><li>What you type into our forms (name, work e-mail, company, country, role and interests) to answer your request or send you the document you asked for.</li>"
                "<li>Only with your consent, to have the investment team contact you or to send you our newsletter. Each consent is separate and can be withdrawn.</li></ul>"
                "<h2>How long</h2><p>Contact data is deleted 24 months after the last interaction, unless an assistance relationship is ongoing.</p>"
                "<h2>Your rights</h2><p>You may ask at any time for access, correction, erasure or portability of your data by writing to privacy@regione.lombardia.example, and lodge a complaint with the Italian data protection authority (Garante per la protezione dei dati personali).</p>"
            ),
        ],
    }


def cookies(lang, ctx):
    if lang == "it":
        return {
            "title": "Cookie policy",
            "slug": "cookie-policy",
            "summary": "Questo sito usa solo cookie tecnici.",
            "intro": "Questo sito usa solo cookie tecnici, necessari al suo funzionamento: nessun cookie di profilazione e nessun tracciamento di terze parti.",
            "body": [
                b.table(
                    "Cookie usati da questo sito",
                    ["Nome", "Scopo", "Durata"],
                    [
                        [
                            "sessionid",
                            "Ricorda la tua sessione (ad esempio, per non chiederti due volte i dati per un download)",
                            "Fine della sessione",
                        ],
                        ["csrftoken", "Protegge i moduli da invii fraudolenti", "1 anno"],
                        ["django_language", "Ricorda la lingua scelta", "Fine della sessione"],
                    ],
                ),
                b.rich_text(
                    "<p>I video di YouTube o Vimeo vengono caricati solo quando premi play: fino ad allora nessun cookie di terze parti viene impostato.</p>"
                ),
            ],
        }
    return {
        "title": "Cookie policy",
        "slug": "cookie-policy",
        "summary": "This site uses technical cookies only.",
        "intro": "This site uses only technical cookies that it needs to work: no profiling cookies and no third-party tracking.",
        "body": [
            b.table(
                "Cookies used by this site",
                ["Name", "Purpose", "Duration"],
                [
                    [
                        "sessionid",
                        "Remembers your session (for example, so you are not asked twice for your details when downloading)",
                        "End of session",
                    ],
                    ["csrftoken", "Protects forms against forged submissions", "1 year"],
                    ["django_language", "Remembers the language you chose", "End of session"],
                ],
            ),
            b.rich_text(
                "<p>YouTube or Vimeo videos load only when you press play: until then no third-party cookie is set.</p>"
            ),
        ],
    }


def accessibility(lang, ctx):
    if lang == "it":
        return {
            "title": "Dichiarazione di accessibilità",
            "slug": "dichiarazione-di-accessibilita",
            "summary": "Lo stato di conformità del sito ai requisiti di accessibilità.",
            "intro": "Regione Lombardia si impegna a rendere il proprio sito accessibile, conformemente alla Legge 4/2004 e alle Linee guida AgID, che richiedono la conformità alle WCAG 2.1 livello AA.",
            "body": [
                b.rich_text(
                    "<h2>Stato di conformità</h2><p>Il sito è progettato per essere conforme alle WCAG 2.2 livello AA. Ogni pagina è verificata automaticamente con axe-core durante lo sviluppo.</p>"
                    "<h2>Contenuti non accessibili</h2><p>Alcuni documenti PDF pubblicati da terzi potrebbero non essere pienamente accessibili: su richiesta ne forniamo una versione accessibile.</p>"
                    "<h2>Feedback e contatti</h2><p>Per segnalare problemi di accessibilità scrivi a accessibilita@regione.lombardia.example. Se la risposta non è soddisfacente puoi rivolgerti al Difensore civico per il digitale di AgID.</p>"
                ),
            ],
        }
    return {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "summary": "How far this site meets accessibility requirements.",
        "intro": "The Lombardy Region is committed to making its website accessible, in accordance with Italian Law 4/2004 and the AgID guidelines, which require conformance with WCAG 2.1 level AA.",
        "body": [
            b.rich_text(
                "<h2>Compliance status</h2><p>The site is designed to conform with WCAG 2.2 level AA. Every page is checked automatically with axe-core during development.</p>"
                "<h2>Non-accessible content</h2><p>Some PDF documents published by third parties may not be fully accessible: we provide an accessible version on request.</p>"
                "<h2>Feedback and contact</h2><p>To report an accessibility problem write to accessibilita@regione.lombardia.example. If the answer is not satisfactory you may contact AgID's Digital Ombudsman (Difensore civico per il digitale).</p>"
            ),
        ],
    }


# Order matters: it is the order of the main and footer menus.
STANDARD_PAGES = [
    ("about", about, "main"),
    ("services", services, "main"),
    ("privacy", privacy, "footer"),
    ("cookies", cookies, "footer"),
    ("accessibility", accessibility, "footer"),
]
