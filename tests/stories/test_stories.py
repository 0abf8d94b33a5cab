"""Success stories: the filterable index, the story page, and the stories shown on sector and territory pages.

The stories are those of tests/stories/factories.py; each test names the ones it expects.
"""

import json
import re

import pytest
from django.utils.text import slugify

from stories.models import StoryIndexPage, SuccessStoryPage

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return sorted(re.findall(r'<h2 class="card__title story-card__title"><a href="[^"]+">([^<]+)</a>', html))


def titles(stories):
    return sorted(story.title.replace("'", "&#x27;") for story in stories)


def built(site, lang, *keys):
    """The built stories of these keys, in one language."""
    return [getattr(site.stories[key], lang) for key in keys]


def stories(lang):
    return SuccessStoryPage.objects.live().filter(locale__language_code=lang)


def index(lang):
    return StoryIndexPage.objects.get(locale__language_code=lang)


def json_ld(html):
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def client_get(url, **params):
    from django.test import Client

    response = Client().get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_index_lists_every_story_in_the_visitors_language_marked_illustrative(story_site):
    html = client_get(story_site.index.it.url)
    assert listed_titles(html) == titles(built(story_site, "it", *story_site.stories))
    assert "Laboratorio Alpha di prova" in html and "Test Alpha lab" not in html
    assert "illustrativ" in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_filter_lists_exactly_the_stories_of_that_sector(story_site, lang):
    sector = getattr(story_site.sectors["science"], lang)
    html = client_get(index(lang).url, sector=sector.slug)
    assert listed_titles(html) == titles(built(story_site, lang, "alpha", "gamma", "epsilon"))


def test_country_filter_uses_the_country_name_in_the_visitors_language(story_site):
    html = client_get(index("it").url, country="terra-di-prova")
    assert listed_titles(html) == titles(built(story_site, "it", "alpha"))
    # The option says how many stories it would show.
    assert re.search(r'<option value="terra-di-prova" selected>Terra di prova \(1\)</option>', html)
    assert re.search(r'<option value="campionia">Campionia \(3\)</option>', html)


def test_territory_and_mode_filters_combine(story_site):
    milan = story_site.territories["MI"].en
    html = client_get(index("en").url, territory=milan.slug)
    assert listed_titles(html) == titles(built(story_site, "en", "alpha", "beta", "epsilon"))
    html = client_get(index("en").url, territory=milan.slug, mode="creation")
    assert listed_titles(html) == titles(built(story_site, "en", "alpha", "epsilon"))
    # With Milan chosen, each mode's count is the number of Milan stories in that mode.
    assert '<option value="expansion">Expansion (1)</option>' in html


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "Choose a sector from the list."), ("it", "Scelga un settore dall&#x27;elenco.")],
)
def test_unknown_filter_value_is_explained_and_ignored(story_site, lang, message):
    html = client_get(index(lang).url, sector="no-such-sector")
    assert message in html
    assert listed_titles(html) == titles(built(story_site, lang, *story_site.stories))


def test_listing_is_paginated_and_keeps_the_filters(story_site, monkeypatch):
    monkeypatch.setattr(StoryIndexPage, "per_page", 2)
    html = client_get(index("en").url, mode="creation")
    assert len(listed_titles(html)) == 2
    assert 'href="?mode=creation&amp;page=2"' in html
    second = client_get(index("en").url, mode="creation", page=2)
    assert set(listed_titles(second)).isdisjoint(listed_titles(html))
    # The four created stories, newest first, over two pages.
    assert listed_titles(html) + listed_titles(second) == titles(built(story_site, "en", "alpha", "delta")) + titles(
        built(story_site, "en", "epsilon", "zeta")
    )


def test_story_page_shows_its_facts_in_italian_with_links_to_italian_pages(story_site):
    story = story_site.stories["gamma"].it
    html = client_get(story.url)
    assert "illustrativ" in html
    assert "Campionia" in html
    assert "Ampliamento" in html
    assert "Produzione di prova" in html
    assert f'href="{story_site.sectors["science"].it.url}"' in html
    assert f'href="{story_site.territories["PV"].it.url}"' in html
    assert "/en/" not in re.sub(r'<link rel="alternate"[^>]*>|hreflang="en"[^>]*>', "", html.split("<main")[1])
    [article] = [d for d in json_ld(html) if d["@type"] == "Article"]
    assert article["about"] == {
        "@type": "Organization",
        "name": "Gamma Pharma",
        "address": {"@type": "PostalAddress", "addressCountry": "Campionia"},
    }
    assert article["inLanguage"] == "it"
    assert article["contentLocation"] == {"@type": "Place", "name": "Provincia di Pavia di prova"}


def test_italian_story_copied_with_english_links_still_shows_italian_pages(story_site):
    """As wagtail-localize leaves them: the Italian page keeps the English sector and territory."""
    story = story_site.stories["gamma"].it
    story.sectors = [story_site.sectors["science"].en]
    story.territory = story_site.territories["PV"].en
    story.country = story_site.countries["samplestan"].en
    story.save()
    html = client_get(story.url)
    assert f'href="{story_site.sectors["science"].it.url}"' in html
    assert f'href="{story_site.territories["PV"].it.url}"' in html
    assert "Campionia" in html
    assert f'href="{story.url}"' in client_get(story_site.sectors["science"].it.url)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_page_shows_its_stories_and_links_to_the_filtered_index(story_site, lang):
    sector = getattr(story_site.sectors["chips"], lang)
    html = client_get(sector.url)
    for story in built(story_site, lang, "beta", "delta", "epsilon"):
        assert f'href="{story.url}"' in html
    for story in built(story_site, lang, "alpha", "gamma", "zeta"):
        assert f'href="{story.url}"' not in html
    assert f'href="{index(lang).url}?sector={sector.slug}"' in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_territory_card_shows_the_stories_located_there(story_site, lang):
    card = getattr(story_site.territories["ZLS"], lang)
    html = client_get(card.url)
    expected = built(story_site, lang, "delta", "zeta")
    for story in expected:
        assert f'href="{story.url}"' in html
    for story in built(story_site, lang, "alpha", "beta", "gamma", "epsilon"):
        assert f'href="{story.url}"' not in html
    assert f'href="{index(lang).url}?territory={card.slug}"' in html
    # The link leads to a valid filter showing the same stories.
    assert listed_titles(client_get(index(lang).url, territory=card.slug)) == titles(expected)


def test_site_search_finds_a_story_by_company_name(story_site):
    from search.site_search import search_site

    results = search_site("Quokka Semiconductor")
    found = [hit for hit in results.page.object_list if isinstance(hit, SuccessStoryPage)]
    assert story_site.stories["epsilon"].en in found, "the story should be found by its company name"


def test_country_filter_values_are_slugs_of_the_names(story_site):
    html = client_get(index("en").url)
    for value in ("testland", "samplestan", "otherland"):
        assert f'value="{value}"' in html
    assert all(f'value="{slugify(story.country.name)}"' in html for story in stories("en"))


def test_index_needs_the_same_queries_whatever_the_number_of_stories(story_site):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, url = Client(), index("en").url

    def queries():
        # Warm the caches the publication below clears. Twice: on a new site the first request
        # creates the settings rows, which retires the cached menus (home/content_version.py).
        client.get(url, {"mode": "creation"})
        client.get(url, {"mode": "creation"})
        with CaptureQueriesContext(connection) as ctx:
            client.get(url, {"mode": "creation"})
        return len(ctx.captured_queries)

    few = queries()
    template = story_site.stories["alpha"].en
    for n in range(6):
        template.copy(update_attrs={"slug": f"copy-{n}", "title": f"Copy {n}"}, copy_revisions=False)
    assert "Copy 5" in client_get(url, mode="creation")
    assert queries() == few
