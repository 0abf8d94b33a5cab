"""Success stories in the pages API, with their taxonomy in the page's language."""

import pytest

from stories.models import SuccessStoryPage

pytestmark = pytest.mark.django_db


def test_story_detail_gives_company_country_and_function_by_name_in_its_language(client, demo_site):
    story = SuccessStoryPage.objects.get(
        locale__language_code="it", slug="kessler-antriebstechnik-stabilimento-brescia"
    )
    data = client.get(f"/api/v2/pages/{story.pk}/").json()
    assert data["company_name"] == story.company_name
    assert data["country"]["name"] == "Germania"
    assert data["business_function"]["key"] == "manufacturing"
    assert data["investment_mode"] == "expansion"
    assert data["illustrative"] is True
    assert data["territory"]["title"] == "Provincia di Brescia"
