"""A filled page of every page type, in English and Italian, on the factory site of tests/factories.py.

For the tests that visit "every kind of page" (hostile requests, fuzzing, the API's fields): each page
has its prose, figures with source and year, images, links between sections and translations, so every
template and serializer path runs. Every text is test data; tests/test_site_tree.py fails when a page
type of the project is missing here, so a new type is added once and covered everywhere.
"""

import datetime
import uuid
from types import SimpleNamespace

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file, get_test_image_file_jpeg

from accessibility.models import AccessibilityStatementPage
from functions.models import BusinessFunctionIndexPage, BusinessFunctionPage
from home.blocks import BodyStreamBlock
from home.models import ContactSettings, NavigationSettings
from indicators.models import CostOfDoingBusinessPage, Indicator
from stories.models import StoryIndexPage, SuccessStoryPage
from territories.models import EcosystemEntity, EcosystemPage, TerritoryPage
from tests.factories import (
    BusinessFunctionFactory,
    ContactPageFactory,
    CountryFactory,
    SectorIndexPageFactory,
    SectorPageFactory,
    StandardPageFactory,
    build_site,
    translate,
    translate_snippet,
)
from tests.incentives.factories import IncentiveFactory, IncentiveIndexPageFactory, translate_incentive
from tests.indicators.factories import IndicatorFactory, IndicatorValueFactory
from tests.leads.factories import booklet
from tests.news.factories import EventPageFactory, NewsArticlePageFactory, NewsIndexPageFactory, at
from tests.noticeboard.factories import NoticeFactory, noticeboard_pages
from tests.opportunities.factories import (
    OpportunityPageFactory,
    TerritoryIndexPageFactory,
    TerritoryPageFactory,
    build_catalogue,
    translate_site,
)

COUNTRIES = [
    ("Germany", "Germania"),
    ("France", "Francia"),
    ("Japan", "Giappone"),
    ("United States", "Stati Uniti"),
    ("Switzerland", "Svizzera"),
    ("China", "Cina"),
]
# (title, municipality, province, site area, tenure, in the ZLS, Italian title or None)
SITES = [
    ("Test area in Cremona", "Cremona", "CR", 40000, "sale", True, "Area di prova a Cremona"),
    ("Test warehouse in Mantova", "Mantova", "MN", 25000, "lease", True, "Magazzino di prova a Mantova"),
    ("Test plot in Spinadesco", "Spinadesco", "CR", 12000, "sale", True, None),
    ("Test offices in Milano", "Milano", "MI", 8000, "either", False, "Uffici di prova a Milano"),
    ("Test plant in Dalmine", "Dalmine", "BG", 30000, "sale", False, None),
]


# Sites are written straight by the factory, without an editor's revision (cheaper); their
# publication times are set as publishing would set them, which the catalogue's feed reads.
PUBLISHED = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=datetime.UTC)


def raw(block, value):
    return {"type": block, "value": value, "id": str(uuid.uuid4())}


def figures(label, value="+12"):
    """A key-figures block: one figure with its source and year."""
    figure = {"value": value, "label": label, "source": "Test publisher", "year": "2024"}
    return [raw("key_figures", {"heading": "", "figures": [figure]})]


def every_body_block(contact, pages, image):
    """One block of each kind an editor can pick for a body, from each block's own preview value."""
    body = [
        raw(name, block.get_prep_value(block.get_preview_value()))
        for name, block in BodyStreamBlock().child_blocks.items()
        if name not in {"contact_form", "featured_pages", "image"}
    ]
    return [
        *body,
        raw("image", {"image": {"image": image.pk, "alt_text": "Test photo", "decorative": False}, "caption": ""}),
        raw("featured_pages", {"heading": "Test highlights", "intro": "", "pages": [p.pk for p in pages]}),
        raw("contact_form", {"heading": "Test contact heading", "intro": "", "page": contact.pk}),
    ]


def published_child(parent, page):
    """`page` added under `parent` and published as an editor publishes it, with a revision."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def pair(english, it_title, **it_fields):
    return SimpleNamespace(
        en=type(english).objects.get(pk=english.pk), it=translate(english, title=it_title, **it_fields)
    )


def build_full_site():
    """Home, a standard page, contact, privacy and accessibility statement, sectors, sites, territories,
    ecosystem, news, stories, the incentive finder, the cost of doing business and the business functions,
    each in both languages."""
    tree = build_site()
    home = tree.en
    photo = Image.objects.create(title="Test photo", file=get_test_image_file(size=(800, 500)))
    hero = Image.objects.create(title="Test hero", file=get_test_image_file_jpeg(size=(1600, 1000)))

    countries = [
        SimpleNamespace(en=english, it=translate_snippet(english, name=italian))
        for name, italian in COUNTRIES
        for english in [CountryFactory(name=name)]
    ]
    research = BusinessFunctionFactory(key="rnd", name="Test research")
    functions = SimpleNamespace(en=research, it=translate_snippet(research, name="Ricerca di prova"))

    contact = ContactPageFactory(parent=home, thank_you="Test thanks.")
    contact = pair(contact, "Contatto di prova", slug="contatti", thank_you="Grazie di prova.")
    privacy = pair(
        StandardPageFactory(parent=home, slug="privacy", title="Test privacy notice"), "Informativa di prova"
    )

    statement = AccessibilityStatementPage(
        title="Test accessibility statement",
        slug="accessibility-statement",
        organisation="Test agency",
        prepared_on=datetime.date(2026, 1, 15),
        last_reviewed_on=datetime.date(2026, 9, 1),
        feedback_email="a11y@agency.example",
        inaccessible_content=[
            raw("item", {"reason": "non_compliance", "content": "Test scanned plans.", "alternative": "Test copy."})
        ],
    )
    statement = pair(published_child(home, statement), "Dichiarazione di prova", slug="dichiarazione-di-prova")

    sectors_index = SectorIndexPageFactory(parent=home)
    sectors_index = pair(sectors_index, "Settori di prova", slug="settori")
    sector_fields = {
        "key_figures": figures("Test sector figure"),
        "sub_sectors": [raw("sub_sector", "Test sub-sector")],
        "ecosystem": [raw("highlight", {"name": "Test cluster", "kind": "Cluster"})],
        "companies": [raw("company", {"name": "Test company", "country": "Germany"})],
        "video": [raw("video", {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Test film", "transcript": ""})],
    }
    science = SectorPageFactory(
        parent=sectors_index.en,
        title="Test science",
        slug="test-science",
        summary="Test summary of the science sector in Milano.",
        business_functions=[functions.en],
        countries=[c.en for c in countries],
        body=[raw("contact_form", {"heading": "Test contact heading", "intro": "", "page": contact.en.pk})],
        **sector_fields,
    )
    science = pair(
        science,
        "Scienza di prova",
        slug="scienza-di-prova",
        headline="Titolo di prova",
        business_functions=[functions.it],
        countries=[c.it for c in countries],
        body=[raw("contact_form", {"heading": "Titolo di prova", "intro": "", "page": contact.it.pk})],
    )
    booklet(science.en, "Test booklet", "Test chapter")
    booklet(science.it, "Opuscolo di prova", "Capitolo di prova")
    transport = pair(SectorPageFactory(parent=sectors_index.en, title="Test transport"), "Trasporto di prova")

    catalogue = build_catalogue(tree)
    catalogue_pages = SimpleNamespace(en=catalogue.index, it=catalogue.it_index)
    sites = []
    for number, (title, municipality, province, area, tenure, in_zls, it_title) in enumerate(SITES):
        site = OpportunityPageFactory(
            first_published_at=PUBLISHED - datetime.timedelta(days=number),
            last_published_at=PUBLISHED - datetime.timedelta(days=number),
            parent=catalogue.index,
            title=title,
            municipality=municipality,
            province=province,
            kind="area",
            site_area_m2=area,
            covered_area_m2=area // 4,
            asking_price_eur=area * 50,
            power_kw=area // 20,
            tenure=tenure,
            in_zls=in_zls,
            permitted_uses=["logistics", "industrial"],
            summary=f"Test summary of a site in {municipality}.",
            sectors=[transport.en],
            gallery=[raw("image", {"image": {"image": photo.pk, "alt_text": "", "decorative": True}, "caption": ""})],
        )
        sites.append(SimpleNamespace(en=site, it=translate_site(site, it_title) if it_title else None))

    territories_index = pair(TerritoryIndexPageFactory(parent=home), "Territori di prova", slug="territori")
    territory_fields = {
        "figures": [
            raw(
                "figure",
                {"label": "Test density", "value": 190.5, "unit": "per km²", "source": "Test office", "year": "2024"},
            )
        ],
        "vocation": "<p>Test vocation.</p>",
        "infrastructure": [raw("infrastructure", {"kind": "airport", "name": "Test airport", "detail": ""})],
        "latitude": "45.13300",
        "longitude": "10.02200",
    }
    province = TerritoryPageFactory(
        parent=territories_index.en,
        title="Test province of Cremona",
        slug="test-cremona",
        kind=TerritoryPage.Kind.PROVINCE,
        province_code="CR",
        sectors=[science.en],
        **territory_fields,
    )
    province = pair(province, "Provincia di prova di Cremona", slug="cremona-di-prova", sectors=[science.it])
    zone = TerritoryPageFactory(
        parent=territories_index.en,
        title="Test logistics zone",
        kind=TerritoryPage.Kind.ZLS,
        special_zone_status="<p>Test status.</p>",
        municipalities=[raw("municipality", {"name": "Cremona", "province": "CR", "in_aid_map": True})],
        sectors=[transport.en],
    )
    zone = pair(zone, "Zona logistica di prova", sectors=[transport.it])
    density = IndicatorFactory(key="test-density", name="Test residents", category=Indicator.Category.PEOPLE)
    IndicatorValueFactory(indicator=density, territory="CR", year=2024, value=350000)
    wage = IndicatorFactory(
        key="test-wage", name="Test gross wage", unit="EUR/year", category=Indicator.Category.COSTS, cost_item="labour"
    )
    IndicatorValueFactory(indicator=wage, territory="CR", year=2023, value=29000, source="Test wage survey")
    costs = CostOfDoingBusinessPage(
        title="Test costs",
        slug="costs",
        body=[raw("costs", {"heading": "Test costs in Cremona", "territory": "CR"})],
    )
    costs = pair(published_child(home, costs), "Costi di prova", slug="costi")

    ecosystem = pair(
        published_child(home, EcosystemPage(title="Test ecosystem", slug="ecosystem")), "Ecosistema di prova"
    )
    for name, category in (("Test incubator", "incubator"), ("Test university", "university")):
        entity = EcosystemEntity.objects.create(
            name=name,
            category=category,
            municipality="Cremona",
            province="CR",
            latitude="45.13300",
            longitude="10.02200",
            locale=home.locale,
        )
        entity.sectors.set([science.en])
        translate_snippet(entity, name=f"{name} (it)")

    news = pair(NewsIndexPageFactory(parent=home), "Notizie di prova", slug="notizie")
    article = NewsArticlePageFactory(
        parent=news.en,
        title="Test news on Milano",
        date=datetime.date(2025, 3, 10),
        summary="Test summary of the news.",
        body=[raw("rich_text", "<p>Test news body.</p>")],
        sectors=[science.en],
    )
    article = pair(article, "Notizia di prova", sectors=[science.it])
    event = EventPageFactory(
        parent=news.en,
        title="Test investor day",
        start=at(2027, 4, 20),
        end=at(2027, 4, 20, 17),
        address="Test street 1, 20124 Milano",
        registration_url="https://events.example/register",
        sectors=[science.en],
    )
    event = pair(event, "Giornata di prova", sectors=[science.it])

    stories = published_child(home, StoryIndexPage(title="Test stories", slug="stories"))
    stories = pair(stories, "Storie di prova", slug="storie")
    story = SuccessStoryPage(
        title="Test story",
        slug="test-story",
        company_name="Test company",
        country=countries[0].en,
        business_function=functions.en,
        investment_mode="expansion",
        territory=province.en,
        year=2024,
        quote_text="Test quote.",
        quote_author="Test person",
        story=[raw("rich_text", "<p>Test story.</p>")],
        sectors=[science.en],
    )
    story = pair(
        published_child(stories.en, story),
        "Storia di prova",
        sectors=[science.it],
        country=countries[0].it,
        territory=province.it,
    )

    incentives = pair(IncentiveIndexPageFactory(parent=home), "Incentivi di prova", slug="incentivi")
    grant = IncentiveFactory(name="Test research grant", instrument="grant", sectors=[science.en])
    translate_incentive(grant, name="Contributo di prova per la ricerca")

    noticeboard = noticeboard_pages(home)
    demand = NoticeFactory(title="Test plant sought", sector=science.en, province="CR")
    translate_snippet(demand, title="Cercasi stabilimento di prova")
    NoticeFactory(title="Test site offered", kind="site", site=sites[0].en, province="CR")

    research_grant = IncentiveFactory(name="Test R&D grant", instrument="grant")
    research_grant.business_functions.set([functions.en])
    research_grant.save()
    translate_incentive(research_grant, name="Contributo di prova per la R&S")
    function_index = published_child(home, BusinessFunctionIndexPage(title="Test functions", slug="functions"))
    function_index = pair(function_index, "Funzioni di prova", slug="funzioni")
    function_page = BusinessFunctionPage(
        title="Test research function",
        slug="test-research",
        business_function=functions.en,
        project_nature="immaterial",
        headline="Test research headline",
        why_lombardy=[raw("rich_text", "<p>Test reasons.</p>")],
        indicators=[density],
        body=[raw("contact_form", {"heading": "Test contact heading", "intro": "", "page": contact.en.pk})],
    )
    function_page = published_child(function_index.en, function_page)
    function_page = pair(
        function_page,
        "Funzione di ricerca di prova",
        slug="ricerca-di-prova",
        headline="Titolo di prova della ricerca",
        business_function=functions.it,
    )

    standard = StandardPageFactory(
        parent=home,
        title="Test why invest",
        slug="why-invest",
        intro="Test introduction.",
        summary="Test summary of why to invest.",
    )
    standard.body = every_body_block(contact.en, [sectors_index.en, catalogue.index], photo)
    standard.save_revision().publish()
    standard = pair(standard, "Perché investire, di prova", slug="perche-investire")

    # The homes were made first, by build_site(); both are filled now that the pages they link exist.
    for page, language, hero_intro, label, explore in (
        (home, "en", "Test hero introduction.", "Test home figure", "Test explore"),
        (tree.it, "it", "Introduzione di prova.", "Cifra di prova della home", "Esplora di prova"),
    ):
        page = type(page).objects.get(pk=page.pk)
        page.hero_intro = hero_intro
        page.hero_image = hero
        page.hero_cta_label = label
        page.hero_cta_page = getattr(sectors_index, language)
        page.key_figures = figures(label, value="+34")
        linked = [getattr(sectors_index, language).pk, getattr(catalogue_pages, language).pk]
        page.highlights = [raw("featured_pages", {"heading": explore, "intro": "", "pages": linked})]
        page.save_revision().publish()

    navigation = NavigationSettings.for_site(tree.site)
    sections = [standard, sectors_index, territories_index, ecosystem, news, stories, incentives, costs, function_index]
    navigation.main_menu = [raw("page", {"page": s.en.pk, "url": ""}) for s in sections] + [
        raw("page", {"page": catalogue.index.pk, "url": ""})
    ]
    navigation.footer_menu = [raw("page", {"page": page.en.pk, "url": ""}) for page in (privacy, statement)]
    navigation.save()
    ContactSettings.objects.update_or_create(
        site=tree.site, defaults={"organisation": "Test agency", "email": "desk@agency.example"}
    )
    return SimpleNamespace(
        tree=tree,
        site=tree.site,
        home=SimpleNamespace(en=type(home).objects.get(pk=home.pk), it=type(home).objects.get(pk=tree.it.pk)),
        standard=standard,
        contact=contact,
        privacy=privacy,
        statement=statement,
        countries=countries,
        sectors_index=sectors_index,
        science=science,
        transport=transport,
        catalogue=catalogue_pages,
        sites=sites,
        territories_index=territories_index,
        province=province,
        zone=zone,
        ecosystem=ecosystem,
        news=news,
        article=article,
        event=event,
        stories=stories,
        story=story,
        incentives=incentives,
        costs=costs,
        noticeboard=noticeboard,
        function_index=function_index,
        function_page=function_page,
        research_grant=research_grant,
    )
