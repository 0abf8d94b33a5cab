"""Where the entities of the strategy's Tab. A are, at municipality level, for the demo directory.

The names come from data/lombardy-facts.yaml (innovation_ecosystem); this module only adds a
municipality, a province and, where well known, the web site. Every marker sits on the
municipality's centre and is flagged as approximate. Entities in UNVERIFIED have no confirmed
seat in the strategy: they are placed in Milan until an editor checks them.
"""

# Facts-file key -> EcosystemEntity.Category value.
CATEGORY_KEYS = {
    "incubators": "incubator",
    "accelerators": "accelerator",
    "clusters": "cluster",
    "innovation_hubs": "innovation_hub",
    "research_hospitals_public": "research_hospital_public",
    "research_hospitals_private": "research_hospital_private",
    "universities": "university",
    "higher_technical_institutes_its": "its",
}

# Municipality -> (province, latitude, longitude) of its centre (approximate, about 1 km).
MUNICIPALITIES = {
    "Milano": ("MI", 45.4642, 9.1900),
    "Bergamo": ("BG", 45.6983, 9.6773),
    "Brescia": ("BS", 45.5416, 10.2118),
    "Como": ("CO", 45.8081, 9.0852),
    "Cremona": ("CR", 45.1332, 10.0227),
    "Lecco": ("LC", 45.8566, 9.3977),
    "Lodi": ("LO", 45.3097, 9.5037),
    "Mantova": ("MN", 45.1564, 10.7914),
    "Monza": ("MB", 45.5845, 9.2744),
    "Pavia": ("PV", 45.1847, 9.1582),
    "Sondrio": ("SO", 46.1699, 9.8782),
    "Varese": ("VA", 45.8206, 8.8251),
    "Lomazzo": ("CO", 45.6980, 9.0380),
    "Legnano": ("MI", 45.5950, 8.9140),
    "Ispra": ("VA", 45.8150, 8.6130),
    "Bresso": ("MI", 45.5380, 9.1890),
    "Dalmine": ("BG", 45.6490, 9.6040),
    "Casatenovo": ("LC", 45.6980, 9.3120),
    "Bosisio Parini": ("LC", 45.8000, 9.2900),
    "Rozzano": ("MI", 45.3820, 9.1550),
    "San Donato Milanese": ("MI", 45.4170, 9.2680),
    "Sesto San Giovanni": ("MI", 45.5330, 9.2330),
    "Novedrate": ("CO", 45.7000, 9.1200),
    "Pieve Emanuele": ("MI", 45.3500, 9.2030),
    "Castellanza": ("VA", 45.6100, 8.8950),
    "Vertemate con Minoprio": ("CO", 45.7270, 9.0730),
    "Busto Arsizio": ("VA", 45.6110, 8.8500),
    "Somma Lombardo": ("VA", 45.6830, 8.7060),
}

# Entity name (as in the facts file) -> (municipality, web site or "").
LOCATIONS = {
    "Bocconi for innovation": ("Milano", ""),
    "CARIPLO FACTORY": ("Milano", "https://www.cariplofactory.it"),
    "ComoNEXT": ("Lomazzo", "https://www.comonext.it"),
    "Copernico": ("Milano", ""),
    "CRIT - Crescita Relazione Innovazione Territorio": ("Cremona", ""),
    "DIGITAL MAGICS": ("Milano", ""),
    "E-Novia": ("Milano", ""),
    "Edison Pulse": ("Milano", ""),
    "Euroimpresa": ("Legnano", ""),
    "Fabriq - Incubatore Innovazione Sociale": ("Milano", ""),
    "Fintech District": ("Milano", "https://www.fintechdistrict.com"),
    "Fondazione Social Venture Giordano Dell'Amore": ("Milano", ""),
    "Fondazione UniMI": ("Milano", ""),
    "IMPACT HUB": ("Milano", ""),
    "Incubatore d'Impresa Bergamo": ("Bergamo", ""),
    "Intesa Sanpaolo Startup Initiative": ("Milano", ""),
    "Le Village by CA": ("Milano", ""),
    "Luiss Enlabs Milano": ("Milano", ""),
    "Parco Tecnologico Padano": ("Lodi", ""),
    "Plug and play": ("Milano", ""),
    "Polihub Società Servizi Srl": ("Milano", "https://www.polihub.it"),
    "Polo CRIT": ("Cremona", ""),
    "TalentGarden": ("Milano", "https://talentgarden.org"),
    "Unicredit Start Lab": ("Milano", ""),
    "Endeavor": ("Milano", ""),
    "Fashion Technology Accelerator": ("Milano", ""),
    "AFIL Associazione Fabbrica Intelligente Lombardia": ("Milano", ""),
    "Associazione Cluster Lombardo della Mobilità": ("Milano", ""),
    "Cluster Lombardo Scienze della vita": ("Milano", ""),
    "Lombardy Energy Cleantech Cluster": ("Milano", ""),
    "BASE": ("Milano", ""),
    "Centro Comune di Ricerca Europeo (JRC)": ("Ispra", "https://joint-research-centre.ec.europa.eu"),
    "CSMT - Centro Servizi Multisetoriale e Tecnologico": ("Brescia", ""),
    "Eucentre Foundation": ("Pavia", "https://www.eucentre.it"),
    "Fab Lab Milano": ("Milano", ""),
    "IBM STUDIOS": ("Milano", ""),
    "M.I.A. Lombardia – European Digital Innovation hub": ("Milano", ""),
    "Made - Politecnico Milano": ("Milano", ""),
    "MIND - Human Technopole": ("Milano", "https://humantechnopole.it"),
    "OpenZone": ("Bresso", ""),
    "Parco Scientifico e Tecnologico Kilometro Rosso": ("Bergamo", "https://www.kilometrorosso.com"),
    "POINT - Polo Innovazione Tecnologica": ("Dalmine", ""),
    "Politec - Polo Innovazione Valtellina": ("Sondrio", ""),
    "Polo Tecnologico di Pavia": ("Pavia", ""),
    "Superpartes": ("Brescia", ""),
    "Fond. IRCCS Istituto Naz. per lo Studio e la Cura dei Tumori": ("Milano", "https://www.istitutotumori.mi.it"),
    "Fondazione IRCCS Istituto Neurologico Carlo Besta": ("Milano", "https://www.istituto-besta.it"),
    "Fondazione IRCCS Cà Granda Ospedale Maggiore Policlinico": ("Milano", "https://www.policlinico.mi.it"),
    "Fondazione IRCCS Policlinico San Matteo": ("Pavia", "https://www.sanmatteo.org"),
    "INRCA - IRCCS": ("Casatenovo", ""),
    "Fondazione IRCCS San Gerardo dei Tintori": ("Monza", ""),
    "Fondazione Salvatore Maugeri": ("Pavia", "https://www.icsmaugeri.it"),
    "Istituto Scientifico Eugenio Medea – La Nostra Famiglia": ("Bosisio Parini", ""),
    'Centro Cardiologico "Fondazione Monzino"': ("Milano", "https://www.cardiologicomonzino.it"),
    "Fondazione Centro San Raffaele": ("Milano", "https://www.hsr.it"),
    "Istituto Auxologico Italiano": ("Milano", "https://www.auxologico.it"),
    "Fondazione Don Carlo Gnocchi": ("Milano", "https://www.dongnocchi.it"),
    "Fondazione Istituto Neurologico Casimiro Mondino": ("Pavia", "https://www.mondino.it"),
    "IEO - Istituto Europeo di Oncologia": ("Milano", "https://www.ieo.it"),
    "Centro San Giovanni di Dio Fatebenefratelli": ("Brescia", ""),
    "Istituto Clinico Humanitas": ("Rozzano", "https://www.humanitas.it"),
    "Istituto Ortopedico Galeazzi - Sant'Ambrogio": ("Milano", ""),
    "Policlinico San Donato": ("San Donato Milanese", ""),
    "Casa di Cura Multimedica": ("Sesto San Giovanni", ""),
    "Istituto di Ricerche Farmacologiche Mario Negri": ("Milano", "https://www.marionegri.it"),
    "Università degli studi di Bergamo": ("Bergamo", "https://www.unibg.it"),
    "Università degli studi di Brescia": ("Brescia", "https://www.unibs.it"),
    "Università degli studi dell'Insubria Varese - Como": ("Varese", "https://www.uninsubria.it"),
    'Università Telematica "E-CAMPUS"': ("Novedrate", "https://www.uniecampus.it"),
    "Università degli studi di Milano": ("Milano", "https://www.unimi.it"),
    "Università degli Studi di Milano Bicocca": ("Milano", "https://www.unimib.it"),
    "Politecnico di Milano": ("Milano", "https://www.polimi.it"),
    'Università Commerciale "Luigi Bocconi"': ("Milano", "https://www.unibocconi.it"),
    "Università Cattolica del Sacro Cuore": ("Milano", "https://www.unicatt.it"),
    "Università di Lingue e Comunicazione - IULM": ("Milano", "https://www.iulm.it"),
    "Università Vita Salute S. Raffaele": ("Milano", "https://www.unisr.it"),
    "Humanitas University": ("Pieve Emanuele", "https://www.hunimed.eu"),
    "Università degli Studi di Pavia": ("Pavia", "https://www.unipv.it"),
    "IUSS - Istituto Universitario di Studi Superiori di Pavia": ("Pavia", "https://www.iusspavia.it"),
    "Università Carlo Cattaneo LIUC": ("Castellanza", "https://www.liuc.it"),
    "Università degli Studi Guglielmo Marconi": ("Milano", ""),
    "Università LUISS Guido Carli – Milano Luiss Lab": ("Milano", ""),
    "ITS Angelo Rizzoli": ("Milano", ""),
    "ITS Lombardia Meccatronica": ("Sesto San Giovanni", ""),
    "ITS Nuove Tecnologie per la Vita": ("Bergamo", ""),
    "ITS Machina Lonati": ("Brescia", ""),
    "Fondazione Minoprio": ("Vertemate con Minoprio", ""),
    "ITS Lombardo Mobilità Sostenibile": ("Somma Lombardo", ""),
    "ITS Incom": ("Busto Arsizio", ""),
}

DEFAULT_MUNICIPALITY = "Milano"


def location(name):
    """(municipality, province, latitude, longitude, website, verified) for an entity of the facts file."""
    municipality, website = LOCATIONS.get(name, (DEFAULT_MUNICIPALITY, ""))
    province, lat, lon = MUNICIPALITIES[municipality]
    return municipality, province, lat, lon, website, name in LOCATIONS


def unverified(names):
    """The names placed by default, for the editors' checklist."""
    return [name for name in names if name not in LOCATIONS]
