"""Autocomplete suggests pages (sectors, territories, services) as well as places and sites."""

import pytest

from tests.factories import SectorIndexPageFactory, SectorPageFactory, build_site, translate
from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def sectors():
    tree = build_site()
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, title="Settori di prova", slug="settori")
    life = SectorPageFactory(parent=index, title="Life sciences", slug="life-sciences")
    translate(life, title="Scienze della vita", slug="scienze-della-vita", headline="Titolo di prova")
    SectorPageFactory(parent=index, title="Lifestyle brands", slug="lifestyle")  # not translated
    make_site(build_catalogue(tree).index, "Life sciences campus plot", municipality="Lodi", province="LO")
    return tree


def test_pages_come_first_with_their_address_in_the_visitors_language(client, sectors):
    english = client.get("/en/search/autocomplete/", {"q": "life"}).json()["suggestions"]
    assert english[0]["text"] == "Life sciences"
    assert english[0]["url"].startswith("/en/") and english[0]["url"].endswith("/life-sciences/")
    texts = [item["text"] for item in english]
    assert "Lifestyle brands" in texts and "Life sciences campus plot" in texts
    italian = client.get("/it/search/autocomplete/", {"q": "scienze"}).json()["suggestions"]
    assert [item["text"] for item in italian] == ["Scienze della vita"]
    assert italian[0]["url"].startswith("/it/")
    # An untranslated page is no suggestion in Italian.
    assert client.get("/it/search/autocomplete/", {"q": "lifestyle"}).json()["suggestions"] == []
