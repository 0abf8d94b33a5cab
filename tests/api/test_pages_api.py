"""The read-only API: pages in both languages, their fields, and nothing that is not public."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def titles(client, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_pages_are_listed_per_locale(client, full_site):
    english, italian = full_site.standard.en.title, full_site.standard.it.title
    assert italian in titles(client, "locale=it&limit=100")
    assert english not in titles(client, "locale=it&limit=100")
    assert english in titles(client, "locale=en&limit=100")


def test_a_translation_is_found_from_its_source(client, full_site):
    english = full_site.standard.en
    assert titles(client, f"translation_of={english.pk}&locale=it") == {full_site.standard.it.title}


def test_home_page_fields_include_key_figures_and_a_hero_rendition(client, full_site):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    data = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert data["hero_title"] == home.hero_title
    figures = data["key_figures"][0]["value"]["figures"]
    assert figures[0]["value"] == home.key_figures[0].value["figures"][0]["value"]
    assert data["hero_image_rendition"]["url"].endswith(".jpg")
    assert data["hero_image_rendition"]["width"] == 1600


def test_drafts_and_private_pages_are_not_served(client, full_site):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    draft = StandardPage(title="Unpublished plan", slug="unpublished-plan", live=False)
    home.add_child(instance=draft)
    private = StandardPage(title="Staff only", slug="staff-only")
    home.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    listed = titles(client, "locale=en&limit=100")
    assert "Unpublished plan" not in listed
    assert "Staff only" not in listed
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
