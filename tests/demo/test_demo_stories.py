"""The demo's own success stories (tests/stories builds its own): the subject is the demo content, so it loads the demo site."""

import re

import pytest
from django.test import Client

from stories.models import StoryIndexPage, SuccessStoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_demo_has_illustrative_stories_from_the_priority_countries_in_both_languages(demo_site):
    def stories(lang):
        return SuccessStoryPage.objects.live().filter(locale__language_code=lang)

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
    response = Client().get(StoryIndexPage.objects.get(locale__language_code="it").url)
    assert response.status_code == 200
    html = response.content.decode()
    listed = sorted(re.findall(r'<h2 class="card__title story-card__title"><a href="[^"]+">([^<]+)</a>', html))
    assert sorted(story.title.replace("'", "&#x27;") for story in stories("it")) == listed
    assert "illustrativ" in html
