"""Every page type answers with its own fields, in both languages, images as renditions."""

import pytest
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from news.models import EventPage, NewsArticlePage
from opportunities.models import OpportunityIndexPage, OpportunityPage
from territories.models import EcosystemPage, TerritoryPage
from tests.api.helpers import a_sector

pytestmark = pytest.mark.django_db
LANGS = ["en", "it"]


def detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def first(model, lang, **filters):
    return model.objects.live().filter(locale__language_code=lang, **filters).order_by("path").first()


@pytest.mark.parametrize("lang", LANGS)
def test_a_sector_gives_its_value_proposition_and_booklet_metadata_only(client, full_site, lang):
    sector = a_sector(lang)
    data = detail(client, sector)
    assert data["headline"] == sector.headline
    assert data["key_figures"][0]["value"]["figures"][0]["source"]
    assert [s["value"] for s in data["sub_sectors"]] == [b.value for b in sector.sub_sectors]
    # Taxonomies in the page's language, whatever locale the stored link points to.
    names = {f["name"] for f in data["business_functions"]}
    assert names and names <= set(
        sector.business_functions.model.objects.filter(locale=sector.locale).values_list("name", flat=True)
    )
    assert data["countries"]
    booklet = data["booklet"]
    assert booklet["language"] == lang and booklet["pages"] == sector.booklet.page_count
    assert booklet["form_url"].endswith(sector.booklet_url())
    assert sector.booklet.file.name not in str(data)
    assert "download" not in str(data)


@pytest.mark.parametrize("lang", LANGS)
def test_a_territory_gives_figures_with_source_and_year_and_coordinates(client, full_site, lang):
    # An editors' figure (the test density); the sourced indicators have their own tests.
    territory = first(TerritoryPage, lang, latitude__isnull=False, province_code="CR")
    data = detail(client, territory)
    figure = data["figures"][0]["value"]
    assert figure["source"] and figure["year"] and isinstance(figure["value"], int | float)
    assert data["latitude"] == float(territory.latitude)
    assert isinstance(data["longitude"], float)
    with translation.override(lang):
        assert data["labels"]["kind"] == str(territory.get_kind_display())
    for name in ("infrastructure", "municipalities", "vocation", "ecosystem_entities"):
        assert name in data


@pytest.mark.parametrize(("lang", "label"), [("en", "For sale"), ("it", "In vendita")])
def test_an_opportunity_gives_every_fact_distances_and_labels_in_its_language(client, full_site, lang, label):
    site = first(OpportunityPage, lang, owner_consent=True, tenure="sale")
    data = detail(client, site)
    for name in ("site_area_m2", "covered_area_m2", "asking_price_eur", "power_kw", "in_zls", "last_verified"):
        assert data[name] == (getattr(site, name).isoformat() if name == "last_verified" else getattr(site, name))
    assert data["permitted_uses"] == list(site.permitted_uses)
    assert (data["latitude"], data["longitude"]) == (site.latitude, site.longitude)
    assert data["distances"]["motorway"]["km"] == site.distance_motorway_km
    assert data["labels"]["tenure"] == label
    assert data["enquiry_url"].endswith(f"/api/v2/leads/enquiry/{site.pk}/")


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_page_links_to_its_search(client, full_site, lang):
    data = detail(client, first(OpportunityIndexPage, lang))
    assert data["search_url"].endswith(f"/api/v2/catalogue/?locale={lang}")


@pytest.mark.parametrize("lang", LANGS)
def test_news_and_events_give_dates_places_and_calendar(client, full_site, lang):
    article = detail(client, first(NewsArticlePage, lang))
    assert article["date"] and article["article_type"] in {"news", "press_release"} and article["body"]
    event_page = first(EventPage, lang)
    event = detail(client, event_page)
    assert event["start"] and "venue" in event and "is_online" in event
    assert event["calendar_url"].endswith(event_page.ics_url())


@pytest.mark.parametrize("lang", LANGS)
def test_the_ecosystem_page_lists_its_entities_in_its_language(client, full_site, lang):
    page = first(EcosystemPage, lang)
    data = detail(client, page)
    locale = Locale.objects.get(language_code=lang)
    assert len(data["entities"]) == list(page.listing_queryset(None)).__len__()
    assert {e["name"] for e in data["entities"]} <= set(
        type(next(iter(page.listing_queryset(None)))).objects.filter(locale=locale).values_list("name", flat=True)
    )


def test_gallery_images_come_as_renditions(client, full_site):
    image = Image.objects.create(title="Loading bay", file=get_test_image_file(size=(1600, 1000)))
    site = first(OpportunityPage, "en", owner_consent=True)
    site.gallery = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "The loading bay", "decorative": False},
                "caption": "Loading bay",
                "credit": "",
            },
        }
    ]
    site.save()
    photo = detail(client, site)["gallery"][0]["value"]
    assert photo["caption"] == "Loading bay"
    assert photo["rendition"]["url"].endswith(".png")
    assert (photo["rendition"]["width"], photo["rendition"]["height"]) == (1200, 750)
    assert photo["rendition"]["alt"] == "The loading bay"


@pytest.mark.parametrize("lang", LANGS)
def test_stories_territories_and_news_link_sectors_in_their_own_language(client, full_site, lang):
    from sectors.models import SectorPage
    from stories.models import SuccessStoryPage

    sector_ids = set(SectorPage.objects.filter(locale__language_code=lang).values_list("pk", flat=True))
    for model in (SuccessStoryPage, TerritoryPage, NewsArticlePage):
        page = next(p for p in model.objects.live().filter(locale__language_code=lang) if p.sectors.exists())
        linked = detail(client, page)["sectors"]
        assert linked, f"{model.__name__} {page.slug} lists no sector"
        assert {s["id"] for s in linked} <= sector_ids
