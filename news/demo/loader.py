"""Demo news, press releases and events in English and Italian.

News items retell facts of the regional strategy (data/lombardy-facts.yaml); the events are
illustrative and say so on their page.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from wagtail.models import Locale

from home.demo import blocks as b
from home.models import HomePage
from news.models import EventPage, NewsArticlePage, NewsIndexPage

ROME = ZoneInfo("Europe/Rome")

INDEX = {
    "en": {
        "title": "News and events",
        "slug": "news",
        "summary": "Foreign investment in Lombardy, regional initiatives, press releases and events.",
        "intro": "News on foreign investment, regional initiatives and incentives, press releases and events for investors.",
    },
    "it": {
        "title": "Notizie ed eventi",
        "slug": "notizie",
        "summary": "Investimenti esteri in Lombardia, iniziative regionali, comunicati stampa ed eventi.",
        "intro": "Notizie sugli investimenti esteri, le iniziative e gli incentivi regionali, comunicati stampa ed eventi per gli investitori.",
    },
}

ARTICLES = [
    {
        "slug": "investment-strategy-approved",
        "type": "press_release",
        "date": datetime.date(2025, 9, 8),
        "en": {
            "title": "The Region approves its strategy for attracting investment",
            "summary": "A single entry point for investors, sector value propositions, territory ID cards and a mapping of available sites.",
            "body": "<p>With regional decision DGR XII/4959 of 8 September 2025 the Region adopted its strategy for attracting investment. It asks for a single entry point for investors, value propositions for priority sectors and business functions, territory ID cards that support decisions, and a public mapping of available areas and buildings.</p>",
        },
        "it": {
            "title": "La Regione approva la strategia per l'attrazione degli investimenti",
            "summary": "Un punto di accesso unico per gli investitori, proposte di valore per settore, schede dei territori e una mappatura delle aree disponibili.",
            "body": "<p>Con la DGR XII/4959 dell'8 settembre 2025 la Regione ha adottato la strategia per l'attrazione degli investimenti. Prevede un punto di accesso unico per gli investitori, proposte di valore per i settori e le funzioni aziendali prioritari, schede dei territori utili alle decisioni e una mappatura pubblica di aree ed edifici disponibili.</p>",
        },
    },
    {
        "slug": "zls-lombardia-established",
        "type": "news",
        "date": datetime.date(2025, 1, 15),
        "en": {
            "title": "The ZLS Lombardia, simplified logistics zone of Cremona and Mantua, is established",
            "summary": "18 municipalities around the ports of Cremona and Mantua, faster permits and, in part, a tax credit.",
            "body": "<p>The DPCM of 27 December 2024 established the ZLS Lombardia for seven years, extendable by another seven. It covers 3,303 hectares in 18 municipalities of the provinces of Cremona and Mantua. Companies get a single authorisation and shorter deadlines; in the six municipalities inside the regional state-aid map they can also claim a tax credit on capital goods.</p>",
        },
        "it": {
            "title": "Istituita la ZLS Lombardia, zona logistica semplificata di Cremona e Mantova",
            "summary": "18 comuni intorno ai porti di Cremona e Mantova, autorizzazioni più rapide e, in parte, un credito d'imposta.",
            "body": "<p>Il DPCM del 27 dicembre 2024 ha istituito la ZLS Lombardia per sette anni, prorogabili di altri sette. Comprende 3.303 ettari in 18 comuni delle province di Cremona e Mantova. Le imprese hanno un'autorizzazione unica e termini ridotti; nei sei comuni compresi nella carta regionale degli aiuti di Stato possono anche usufruire di un credito d'imposta sui beni strumentali.</p>",
        },
    },
    {
        "slug": "lombardy-fdi-2023",
        "type": "news",
        "date": datetime.date(2025, 3, 10),
        "en": {
            "title": "Lombardy hosted 90 foreign investment projects in 2023",
            "summary": "Almost half of the greenfield, expansion and co-location projects in Italy chose Lombardy.",
            "body": "<p>In 2023 Lombardy attracted 90 foreign investment projects (greenfield, expansion and co-location), 44.6% of the Italian total, creating 2,674 jobs. Between 2018 and 2023 the region hosted 434 projects.</p>",
        },
        "it": {
            "title": "Nel 2023 la Lombardia ha accolto 90 progetti di investimento estero",
            "summary": "Quasi metà dei progetti greenfield, di ampliamento e di co-localizzazione in Italia ha scelto la Lombardia.",
            "body": "<p>Nel 2023 la Lombardia ha attratto 90 progetti di investimento estero (greenfield, ampliamenti e co-localizzazioni), il 44,6% del totale italiano, con 2.674 posti di lavoro. Tra il 2018 e il 2023 la regione ha accolto 434 progetti.</p>",
        },
    },
    {
        "slug": "opportunity-lombardy-deadline",
        "type": "press_release",
        "date": datetime.date(2025, 10, 1),
        "en": {
            "title": "Opportunity Lombardy: owners can propose sites until 30 June 2028",
            "summary": "The call for available areas and buildings is extended; owners submit directly, without going through their municipality.",
            "body": "<p>The call opened in July 2024 (DGR XII/2879) for owners of areas and buildings, public or private, now runs until 30 June 2028. Submitted sites are validated and then published on the location-scouting tool, free of charge.</p>",
        },
        "it": {
            "title": "Opportunity Lombardy: i proprietari possono proporre aree fino al 30 giugno 2028",
            "summary": "Prorogato l'avviso per aree ed edifici disponibili; i proprietari presentano le candidature direttamente, senza passare dal Comune.",
            "body": "<p>L'avviso aperto nel luglio 2024 (DGR XII/2879) per i proprietari di aree ed edifici, pubblici o privati, resta aperto fino al 30 giugno 2028. Le aree presentate sono validate e poi pubblicate gratuitamente sullo strumento di location scouting.</p>",
        },
    },
]

DEMO_NOTE = {
    "en": "<p><em>Demo content: this event is illustrative.</em></p>",
    "it": "<p><em>Contenuto dimostrativo: questo evento è illustrativo.</em></p>",
}

EVENTS = [
    {
        "slug": "webinar-zls-lombardia",
        "start": datetime.datetime(2026, 12, 10, 10, 0, tzinfo=ROME),
        "end": datetime.datetime(2026, 12, 10, 11, 30, tzinfo=ROME),
        "is_online": True,
        "online_url": "https://events.investinlombardy.example/zls-webinar",
        "registration_url": "https://events.investinlombardy.example/zls-webinar/register",
        "venue": "",
        "address": "",
        "en": {
            "title": "Webinar: investing in the ZLS Lombardia",
            "summary": "Procedures, deadlines and the tax credit of the simplified logistics zone of Cremona and Mantua, explained for investors.",
            "body": "<p>The agency and the regional offices present the single authorisation, the shorter deadlines and the tax credit, then answer questions.</p>",
        },
        "it": {
            "title": "Webinar: investire nella ZLS Lombardia",
            "summary": "Procedure, termini e credito d'imposta della zona logistica semplificata di Cremona e Mantova, spiegati agli investitori.",
            "body": "<p>L'agenzia e gli uffici regionali presentano l'autorizzazione unica, i termini ridotti e il credito d'imposta, poi rispondono alle domande.</p>",
        },
    },
    {
        "slug": "life-sciences-investor-day",
        "start": datetime.datetime(2027, 2, 18, 9, 30, tzinfo=ROME),
        "end": datetime.datetime(2027, 2, 18, 17, 0, tzinfo=ROME),
        "is_online": False,
        "online_url": "",
        "registration_url": "https://events.investinlombardy.example/life-sciences-day/register",
        "venue": "Palazzo Lombardia",
        "address": "Piazza Città di Lombardia 1, 20124 Milano",
        "en": {
            "title": "Life sciences investor day",
            "summary": "Meet research hospitals, universities and clusters of Lombardy's life-sciences ecosystem in one day.",
            "body": "<p>Presentations by the life-sciences cluster, visits and one-to-one meetings with the agency's advisers.</p>",
        },
        "it": {
            "title": "Giornata degli investitori nelle scienze della vita",
            "summary": "Incontrate in un giorno IRCCS, università e cluster dell'ecosistema lombardo delle scienze della vita.",
            "body": "<p>Presentazioni del cluster delle scienze della vita, visite e incontri individuali con i consulenti dell'agenzia.</p>",
        },
    },
    {
        "slug": "opportunity-lombardy-info-session",
        "start": datetime.datetime(2025, 11, 20, 14, 30, tzinfo=ROME),
        "end": datetime.datetime(2025, 11, 20, 16, 0, tzinfo=ROME),
        "is_online": True,
        "online_url": "https://events.investinlombardy.example/opportunity-lombardy",
        "registration_url": "",
        "venue": "Palazzo Lombardia",
        "address": "Piazza Città di Lombardia 1, 20124 Milano",
        "en": {
            "title": "Opportunity Lombardy: information session for site owners",
            "summary": "How to propose an area or a building, fill in the Excel template and follow the validation.",
            "body": "<p>A session for owners, estate agents and business associations, in the hall and online.</p>",
        },
        "it": {
            "title": "Opportunity Lombardy: incontro informativo per i proprietari",
            "summary": "Come proporre un'area o un edificio, compilare il modello Excel e seguire la validazione.",
            "body": "<p>Un incontro per proprietari, agenti immobiliari e associazioni di categoria, in sala e online.</p>",
        },
    },
]


class NewsLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.it = Locale.objects.get(language_code="it")
        home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
        if home is None:
            self.log("News: no home page, skipped")
            return
        index = self.page(home, NewsIndexPage, INDEX["en"], INDEX["it"])
        for item in ARTICLES:
            common = {"slug": item["slug"], "article_type": item["type"], "date": item["date"]}
            self.page(index, NewsArticlePage, {**common, **self.texts(item["en"])}, self.texts(item["it"]))
        for item in EVENTS:
            common = {
                k: item[k]
                for k in ("slug", "start", "end", "is_online", "online_url", "registration_url", "venue", "address")
            }
            self.page(index, EventPage, {**common, **self.texts(item["en"], "en")}, self.texts(item["it"], "it"))

    @staticmethod
    def texts(text, demo_note_lang=None):
        fields = {k: v for k, v in text.items() if k != "body"}
        if "body" in text:
            body = text["body"] + (DEMO_NOTE[demo_note_lang] if demo_note_lang else "")
            fields["body"] = [b.rich_text(body)]
        return fields

    def page(self, parent, model, en_fields, it_fields):
        page = model.objects.child_of(parent).filter(slug=en_fields["slug"]).first()
        if page is None:
            page = model(**en_fields)
            parent.__class__.objects.get(pk=parent.pk).add_child(instance=page)
            page.save_revision().publish()
            self.log(f"News (en): {page.title}")
        if page.get_translation_or_none(self.it) is None:
            translated = page.copy_for_translation(self.it)
            for field, value in it_fields.items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"News (it): {translated.title}")
        return page


# Demo items about one sector, by slug -> sector keys of data/lombardy-facts.yaml.
ITEM_SECTORS = {
    "zls-lombardia-established": ["logistics_transport"],
    "webinar-zls-lombardia": ["logistics_transport"],
    "life-sciences-investor-day": ["life_sciences"],
}


class NewsSectorLinksLoader:
    """Links demo news and events to sector pages; runs after the sectors loader. Links present are kept."""

    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        from sectors.demo.keys import english_sector_pages

        sectors = english_sector_pages()
        linked = 0
        for model in (NewsArticlePage, EventPage):
            for item in model.objects.filter(slug__in=ITEM_SECTORS):
                keys = ITEM_SECTORS[item.slug]
                pages = [sectors[key] for key in keys if key in sectors]
                if not pages or item.sectors.exists():
                    continue
                item.sectors = pages
                item.save_revision().publish()
                linked += 1
        if linked:
            self.log(f"News: {linked} items linked to sectors")
