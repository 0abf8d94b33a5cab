"""The brief on the catalogue page and in the API: from the URL, ranked, explained; bad input told, never a 500."""

import pytest
from django.utils import translation

from tests.matching.test_ranking import BRIEF, RANKED

pytestmark = pytest.mark.django_db


def titles_in_order(html, sites):
    found = [(html.index(f'data-page-id="{sites[letter].pk}"'), letter) for letter in RANKED]
    return "".join(letter for _position, letter in sorted(found))


def test_the_page_ranks_by_fit_and_explains_each_result(client, sites):
    response = client.get(f"{sites['index'].url}?{BRIEF}")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles_in_order(html, sites) == RANKED
    assert "T Segrate campus" not in html  # outside the must-have provinces
    assert "Meets 6 of 8 needs" in html
    assert "1,500 kW of 2,000 kW asked" in html
    assert 'value="fit" selected' in html
    # The panel shows the brief as stated, so it can be changed and sent again.
    assert 'name="must" value="province" id="must-province" checked' in html
    assert 'name="need_power" id="id_need_power" value="2000"' in html


def test_the_italian_page_explains_in_italian(client, sites):
    with translation.override("it"):
        url = sites["it_index"].url
    response = client.get(f"{url}?need_power=2000&need_province=BS")
    html = response.content.decode()
    assert response.status_code == 200
    assert "1.500 kW su 2.000 kW richiesti" in html
    assert "Esigenze soddisfatte: 2 su 2" not in html  # the Italian Q states 1,500 kW
    assert "Esigenze soddisfatte: 1 su 2" in html


@pytest.mark.parametrize(
    ("querystring", "message"),
    [
        ("need_power=lots", "Enter a whole number."),
        ("need_power=0", "Enter a number greater than zero."),
        ("need_site_area_min=50000&need_site_area_max=1000", "Enter an upper bound no smaller than the lower one."),
        ("must=power", "Say what you need for each must-have: Power."),
        ("need_available=tomorrow", "Enter a date as YYYY-MM-DD."),
        ("need_motorway=-3", "Enter a distance greater than zero."),
    ],
)
def test_a_need_that_cannot_be_read_is_reported_and_the_rest_still_works(client, sites, querystring, message):
    response = client.get(f"{sites['index'].url}?{querystring}&need_province=BG")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some needs could not be used" in html
    assert message in html
    assert "Bergamo" in html


def test_the_api_takes_the_brief_as_parameters_and_explains_each_item(client, sites):
    response = client.get(f"/api/v2/catalogue/?{BRIEF}&locale=en&page_size=50")
    assert response.status_code == 200, response.content
    body = response.json()
    mine = {sites[letter].pk: letter for letter in RANKED}
    items = [item for item in body["items"] if item["id"] in mine]
    assert "".join(mine[item["id"]] for item in items) == RANKED
    assert body["meta"]["sort"] == "fit"
    depot = next(item for item in items if mine[item["id"]] == "Q")
    assert depot["fit"]["met"] == 6 and depot["fit"]["total"] == 8
    power = next(need for need in depot["fit"]["needs"] if need["criterion"] == "power")
    assert power == {
        "criterion": "power",
        "label": "Power",
        "must": False,
        "met": False,
        "explanation": "1,500 kW of 2,000 kW asked",
    }


def test_the_api_refuses_a_brief_it_cannot_read_with_the_field_named(client, sites):
    response = client.get("/api/v2/catalogue/?need_power=lots&locale=en")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["need_power"][0]["message"] == "Enter a whole number."


def test_a_brief_sent_from_the_form_ranks_by_fit_though_the_form_sends_its_first_sort(client, sites):
    """The form's sort menu starts at "relevance"; without words to search, a brief still ranks by fit."""
    response = client.get(f"{sites['index'].url}?{BRIEF}&q=&sort=relevance")
    assert titles_in_order(response.content.decode(), sites) == RANKED
