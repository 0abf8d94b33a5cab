"""Success stories in the pages API, with their taxonomy in the page's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_story_detail_gives_company_country_and_function_by_name_in_its_language(client, story_site):
    story = story_site.stories["alpha"].it
    data = client.get(f"/api/v2/pages/{story.pk}/").json()
    assert data["company_name"] == "Alpha Labs"
    assert data["country"]["name"] == "Terra di prova"
    assert data["business_function"] == {
        "id": story_site.functions.it.pk,
        "key": "manufacturing",
        "name": "Produzione di prova",
    }
    assert data["investment_mode"] == "creation"
    assert data["illustrative"] is True
    assert data["territory"]["title"] == "Provincia di Milano di prova"
    assert [sector["title"] for sector in data["sectors"]] == ["Scienza di prova"]
