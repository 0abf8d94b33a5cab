"""The incentive finder narrows by the investor's project; the right incentives appear on sites, cards and sectors."""

import re
from html import unescape

import pytest

from tests.opportunities.factories import make_site

pytestmark = pytest.mark.django_db

EVERYONE, TAX_CREDIT, RESEARCH, TRANSPORT = (
    "Test agreement for everyone",
    "Test ZLS tax credit",
    "Test research grant",
    "Test transport grant",
)


def listed(html):
    """The incentive names of the finder's cards, in order."""
    return [unescape(name) for name in re.findall(r'<h2 class="card__title">([^<]+)</h2>', html)]


def linked(html):
    """The incentive names of the "Incentives that may apply" section of another page."""
    section = html.split('id="applicable-incentives-heading"', 1)
    if len(section) < 2:
        return []
    body = section[1].split("</section>", 1)[0]
    return [unescape(name) for name in re.findall(r'<a href="[^"]*#incentive-[^"]+">([^<]+)</a>', body)]


def finder(client, **params):
    response = client.get("/en/incentives/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_without_filters_the_finder_lists_every_incentive_with_its_legal_basis(client, incentive_site):
    html = finder(client)
    assert listed(html) == [EVERYONE, TAX_CREDIT, RESEARCH, TRANSPORT]
    assert "4 incentives found" in html
    assert "Test law 1/2025" in html
    assert "Not stated in the legal basis" in html  # no amount was given, none is shown


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"provider": "zls"}, [TAX_CREDIT]),
        ({"instrument": "grant"}, [RESEARCH, TRANSPORT]),
        # Incentives without a territory restriction apply anywhere in Lombardy, the ZLS included.
        ({"territory": "ZLS"}, [EVERYONE, TAX_CREDIT, RESEARCH, TRANSPORT]),
        ({"territory": "MI"}, [EVERYONE, RESEARCH, TRANSPORT]),
        ({"size": "large"}, [EVERYONE, TAX_CREDIT, TRANSPORT]),
        ({"sector": "test-science"}, [EVERYONE, TAX_CREDIT, RESEARCH]),
        ({"investment": "rnd"}, [EVERYONE, RESEARCH, TRANSPORT]),
        ({"investment": "rnd", "territory": "ZLS", "size": "small"}, [EVERYONE, RESEARCH, TRANSPORT]),
        ({"investment": "new_plant", "sector": "test-transport", "size": "large"}, [EVERYONE, TAX_CREDIT, TRANSPORT]),
        ({"instrument": "grant", "sector": "test-science", "size": "large"}, []),
    ],
)
def test_each_filter_narrows_to_the_incentives_that_apply(client, incentive_site, params, expected):
    html = finder(client, **params)
    assert listed(html) == expected
    if not expected:
        assert "No incentive matches these filters." in html


def test_a_value_not_in_the_list_is_explained_and_filters_nothing(client, incentive_site):
    html = finder(client, instrument="lottery", territory="MI")
    assert "Choose an instrument from the list." in html
    assert listed(html) == [EVERYONE, RESEARCH, TRANSPORT]  # the valid filter still applies


def test_the_italian_finder_filters_by_the_italian_sector_slug(client, incentive_site):
    response = client.get("/it/incentivi/", {"sector": "scienza-di-prova"})
    html = response.content.decode()
    assert listed(html) == [
        "Accordo di prova per tutti",
        "Credito d'imposta ZLS di prova",
        "Contributo di prova per la ricerca",
    ]
    assert 'href="/it/settori/scienza-di-prova/"' in html  # the sector named in the visitor's language


def test_a_zls_site_inside_the_state_aid_map_shows_the_zls_tax_credit(client, incentive_site):
    index = incentive_site.catalogue.index
    inside = make_site(index, "Test port site", municipality="Spinadesco", in_zls=True, in_state_aid_area=True)
    outside_map = make_site(index, "Test town site", municipality="Cremona", in_zls=True, in_state_aid_area=False)
    milan = make_site(index, "Test Milan site", municipality="Segrate", province="MI")

    assert linked(client.get(inside.url).content.decode()) == [EVERYONE, TAX_CREDIT, RESEARCH, TRANSPORT]
    # The tax credit holds only in the parts of the zone inside the regional state-aid map.
    assert TAX_CREDIT not in linked(client.get(outside_map.url).content.decode())
    assert linked(client.get(milan.url).content.decode()) == [EVERYONE, RESEARCH, TRANSPORT]


def test_the_zls_card_lists_its_incentives_and_a_province_card_does_not_list_the_zones(client, incentive_site):
    zls = client.get(incentive_site.zls.url).content.decode()
    assert TAX_CREDIT in linked(zls)
    assert "/en/incentives/?territory=ZLS" in zls
    assert TAX_CREDIT not in linked(client.get(incentive_site.milan.url).content.decode())


def test_a_sector_page_shows_the_incentives_open_to_its_sector_only(client, incentive_site):
    html = client.get(incentive_site.science.url).content.decode()
    assert linked(html) == [EVERYONE, TAX_CREDIT, RESEARCH]
    assert "/en/incentives/?sector=test-science" in html
    italian = client.get(incentive_site.it_science.url).content.decode()
    assert "Contributo di prova per la ricerca" in linked(italian)


def test_the_api_answers_with_the_same_filters_and_refuses_a_bad_one(client, incentive_site):
    body = client.get("/api/v2/incentives/", {"territory": "MI", "locale": "en"}).json()
    assert [item["name"] for item in body["results"]] == [EVERYONE, RESEARCH, TRANSPORT]
    research = body["results"][1]
    assert research["company_sizes"] == ["small", "medium"]
    assert research["sectors"][0]["slug"] == "test-science"
    assert research["last_checked"] == "2025-09-08"
    assert research["amount"] == ""
    assert research["url"].endswith("/en/incentives/#" + "incentive-" + research["translation_key"])

    documented = client.get("/api/v2/openapi.json").json()["paths"]["/api/v2/incentives/"]["get"]["parameters"]
    assert {"provider", "instrument", "size", "sector", "function", "territory", "investment", "locale"} == {
        parameter["name"] for parameter in documented
    }

    refused = client.get("/api/v2/incentives/", {"size": "huge"})
    assert refused.status_code == 400
    assert refused.json()["error"]["fields"]["size"] == ["Choose a company size from the list."]


def test_the_finder_page_carries_its_incentives_in_the_pages_api(client, incentive_site):
    body = client.get(f"/api/v2/pages/{incentive_site.finder.pk}/").json()
    assert [item["name"] for item in body["incentives"]] == [EVERYONE, TAX_CREDIT, RESEARCH, TRANSPORT]
    assert body["incentives"][1]["labels"]["territories"] == ["ZLS Lombardy"]


def test_the_finder_needs_the_same_queries_whatever_the_number_of_incentives(client, incentive_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.incentives.factories import IncentiveFactory

    for _warm_up in range(2):  # the site's first requests create and cache its settings rows
        finder(client, sector="test-science")
    with CaptureQueriesContext(connection) as few:
        finder(client, sector="test-science")
    for number in range(10):
        IncentiveFactory(name=f"Test extra incentive {number}", sectors=[incentive_site.science])
    finder(client, sector="test-science")  # a saved incentive retired the shared fragments: rebuilt once
    with CaptureQueriesContext(connection) as many:
        html = finder(client, sector="test-science")
    assert "13 incentives found" in html
    assert len(many.captured_queries) == len(few.captured_queries)
