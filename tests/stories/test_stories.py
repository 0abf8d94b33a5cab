"""Success stories: the filterable index, the story page, and the stories shown on sector and territory pages."""

import json
import re

import pytest
from django.utils.text import slugify

from sectors.models import Country, SectorPage
from stories.models import StoryIndexPage, SuccessStoryPage
from territories.models import TerritoryPage

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return sorted(re.findall(r'<h2 class="card__title story-card__title"><a href="[^"]+">([^<]+)</a>', html))


def titles(stories):
    return sorted(story.title.replace("'", "&#x27;") for story in stories)


def stories(lang):
    return SuccessStoryPage.objects.live().filter(locale__language_code=lang)


def index(lang):
    return StoryIndexPage.objects.get(locale__language_code=lang)


def json_ld(html):
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def test_demo_has_illustrative_stories_from_the_priority_countries_in_both_languages(demo_site):
    for lang in ("en", "it"):
        assert stories(lang).count() >= 8
        assert not stories(lang).filter(illustrative=False).exists()
    countries = {story.country.get_translation(story.locale).name for story in stories("en")}
    assert {
        "United States",
        "Germany",
        "France",
        "United Kingdom",
        "Switzerland",
        "Japan",
        "China",
        "India",
    } <= countries
    assert len({story.territory_id for story in stories("en")}) >= 6
    html = client_get(index("it").url)
    assert titles(stories("it")) == listed_titles(html)
    assert "illustrativ" in html


def client_get(url, **params):
    from django.test import Client

    response = Client().get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_filter_lists_exactly_the_stories_of_that_sector(demo_site, lang):
    sector = SectorPage.objects.get(locale__language_code=lang, slug__in=["life-sciences", "scienze-della-vita"])
    expected = [s for s in stories(lang) if sector.translation_key in {x.translation_key for x in s.sectors.all()}]
    assert 0 < len(expected) < stories(lang).count()
    html = client_get(index(lang).url, sector=sector.slug)
    assert listed_titles(html) == titles(expected)


def test_country_filter_uses_the_country_name_in_the_visitors_language(demo_site):
    germany_it = Country.objects.get(locale__language_code="it", name="Germania")
    expected = [s for s in stories("it") if s.country.translation_key == germany_it.translation_key]
    assert len(expected) == 1
    html = client_get(index("it").url, country="germania")
    assert listed_titles(html) == titles(expected)
    # The option says how many stories it would show.
    assert re.search(r'<option value="germania" selected>Germania \(1\)</option>', html)


def test_territory_and_mode_filters_combine(demo_site):
    milan = TerritoryPage.objects.get(locale__language_code="en", province_code="MI")
    in_milan = [s for s in stories("en") if s.territory.translation_key == milan.translation_key]
    created_in_milan = [s for s in in_milan if s.investment_mode == "creation"]
    assert 0 < len(created_in_milan) <= len(in_milan) < stories("en").count()
    assert listed_titles(client_get(index("en").url, territory=milan.slug)) == titles(in_milan)
    html = client_get(index("en").url, territory=milan.slug, mode="creation")
    assert listed_titles(html) == titles(created_in_milan)
    # With Milan chosen, each mode's count is the number of Milan stories in that mode.
    expansions = sum(1 for s in in_milan if s.investment_mode == "expansion")
    assert f'<option value="expansion">Expansion ({expansions})</option>' in html


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "Choose a sector from the list."), ("it", "Scegli un settore dall&#x27;elenco.")],
)
def test_unknown_filter_value_is_explained_and_ignored(demo_site, lang, message):
    html = client_get(index(lang).url, sector="no-such-sector")
    assert message in html
    assert listed_titles(html) == titles(stories(lang))


def test_listing_is_paginated_and_keeps_the_filters(demo_site, monkeypatch):
    monkeypatch.setattr(StoryIndexPage, "per_page", 2)
    html = client_get(index("en").url, mode="creation")
    created = [s for s in stories("en") if s.investment_mode == "creation"]
    assert len(created) > 2
    assert len(listed_titles(html)) == 2
    assert 'href="?mode=creation&amp;page=2"' in html
    second = client_get(index("en").url, mode="creation", page=2)
    assert set(listed_titles(second)).isdisjoint(listed_titles(html))


def test_story_page_shows_its_facts_in_italian_with_links_to_italian_pages(demo_site):
    story = stories("it").get(slug="laboratoires-verdant-ricerca-pavia")
    html = client_get(story.url)
    assert "Storia illustrativa" in html or "illustrativ" in html
    assert "Francia" in html
    assert "Partnership" in html
    sector = SectorPage.objects.get(locale__language_code="it", slug="scienze-della-vita")
    territory = TerritoryPage.objects.get(locale__language_code="it", province_code="PV")
    assert f'href="{sector.url}"' in html
    assert f'href="{territory.url}"' in html
    assert "/en/" not in re.sub(r'<link rel="alternate"[^>]*>|hreflang="en"[^>]*>', "", html.split("<main")[1])
    [article] = [d for d in json_ld(html) if d["@type"] == "Article"]
    assert article["about"] == {
        "@type": "Organization",
        "name": story.company_name,
        "address": {"@type": "PostalAddress", "addressCountry": "Francia"},
    }
    assert article["inLanguage"] == "it"


def test_italian_story_copied_with_english_links_still_shows_italian_pages(demo_site):
    """As wagtail-localize leaves them: the Italian page keeps the English sector and territory."""
    story = stories("it").get(slug="laboratoires-verdant-ricerca-pavia")
    english = stories("en").get(translation_key=story.translation_key)
    story.sectors = list(english.sectors.all())
    story.territory = english.territory
    story.save()
    html = client_get(story.url)
    assert f'href="{SectorPage.objects.get(locale__language_code="it", slug="scienze-della-vita").url}"' in html
    life_sciences = client_get(SectorPage.objects.get(locale__language_code="it", slug="scienze-della-vita").url)
    assert f'href="{story.url}"' in life_sciences


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_page_shows_its_stories_and_links_to_the_filtered_index(demo_site, lang):
    sector = SectorPage.objects.get(
        locale__language_code=lang, slug__in=["microelectronics-semiconductors", "microelettronica"]
    )
    html = client_get(sector.url)
    expected = [s for s in stories(lang) if sector.translation_key in {x.translation_key for x in s.sectors.all()}]
    assert expected
    for story in expected:
        assert f'href="{story.url}"' in html
    others = [s for s in stories(lang) if s not in expected]
    for story in others:
        assert f'href="{story.url}"' not in html
    assert f'href="{index(lang).url}?sector={sector.slug}"' in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_territory_card_shows_the_stories_located_there(demo_site, lang):
    card = TerritoryPage.objects.get(locale__language_code=lang, kind="zls")
    html = client_get(card.url)
    expected = [s for s in stories(lang) if s.territory and s.territory.translation_key == card.translation_key]
    assert expected
    for story in expected:
        assert f'href="{story.url}"' in html
    assert f'href="{index(lang).url}?territory={card.slug}"' in html
    # The link leads to a valid filter showing the same stories.
    assert listed_titles(client_get(index(lang).url, territory=card.slug)) == titles(expected)


def test_site_search_finds_a_story_by_company_name(demo_site):
    from search.site_search import search_site

    results = search_site("Hoshino Semiconductor")
    found = [hit for hit in results.page.object_list if isinstance(hit, SuccessStoryPage)]
    assert found, "the story should be found by its company name"


def test_country_filter_values_are_slugs_of_the_names(demo_site):
    html = client_get(index("en").url)
    for story in stories("en"):
        assert f'value="{slugify(story.country.name)}"' in html


def test_index_needs_the_same_queries_whatever_the_number_of_stories(demo_site):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, url = Client(), index("en").url

    def queries():
        client.get(url, {"mode": "creation"})  # warm the caches the publication below clears
        with CaptureQueriesContext(connection) as ctx:
            client.get(url, {"mode": "creation"})
        return len(ctx.captured_queries)

    few = queries()
    template = stories("en").get(slug="northbeam-analytics-milan-ai-hub")
    for n in range(6):
        template.copy(update_attrs={"slug": f"copy-{n}", "title": f"Copy {n}"}, copy_revisions=False)
    assert "Copy 5" in client_get(url, mode="creation")
    assert queries() == few
