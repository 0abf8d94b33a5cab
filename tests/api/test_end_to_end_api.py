"""A headless front end builds the site from the API alone: home, a sector, the catalogue, a booklet.

Only HTTP, starting from /api/v2/pages/ and following the links the answers give.
"""

import time
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import time_machine

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    """GET an address the API gave (absolute, maybe on another configured host) by its path."""
    parts = urlsplit(url)
    query = urlencode([*parse_qsl(parts.query), *params.items()])
    response = client.get(f"{parts.path}?{query}")
    assert response.status_code == 200, (url, response.content[:500])
    return response


def answer(field):
    """What a person would fill in, from the field's description."""
    if field.get("honeypot"):
        return ""
    if field["type"] == "boolean":
        return field["required"]
    if field["type"] == "choice":
        return field["choices"][0]["value"] if field["required"] else None
    if field["type"] == "email":
        return "front.end@example.com"
    return "Headless client" if field["required"] else ""


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_front_end_builds_the_home_a_sector_the_catalogue_and_gets_a_booklet(client, full_site, lang):
    listing = get(client, "/api/v2/pages/", type="home.HomePage", locale=lang).json()
    (home_item,) = listing["items"]
    home = get(client, home_item["meta"]["detail_url"]).json()
    assert home["hero_title"] and home["key_figures"][0]["value"]["figures"]

    children = get(client, "/api/v2/pages/", child_of=home["id"], limit=50).json()["items"]
    by_type = {item["meta"]["type"]: item for item in children}
    sector_index = by_type["sectors.SectorIndexPage"]
    sectors = get(client, "/api/v2/pages/", child_of=sector_index["id"], type="sectors.SectorPage", fields="booklet")
    with_booklet = [s for s in sectors.json()["items"] if s["booklet"]]
    assert with_booklet
    sector = get(client, with_booklet[0]["meta"]["detail_url"]).json()
    assert sector["headline"] and sector["sub_sectors"]
    assert sector["booklet"]["language"] == lang

    catalogue_page = get(client, by_type["opportunities.OpportunityIndexPage"]["meta"]["detail_url"]).json()
    catalogue = get(client, catalogue_page["search_url"]).json()
    assert catalogue["meta"]["total"] == sum(f["count"] for f in catalogue["facets"]["province"])
    province = catalogue["facets"]["province"][0]
    narrowed = get(client, catalogue_page["search_url"], province=province["value"]).json()
    assert narrowed["meta"]["total"] == province["count"]
    site = get(client, narrowed["items"][0]["detail_url"]).json()
    assert site["province"] == province["value"] and site["meta"]["locale"] == lang

    with time_machine.travel(time.time(), tick=True) as clock:
        form = get(client, sector["booklet"]["request_url"]).json()
        body = {f["name"]: answer(f) for f in form["fields"]}
        body["form_started"] = form["form_started"]
        clock.shift(form["min_seconds"] + 1)  # the person fills the form in
        sent = client.post(urlsplit(form["submit_url"]).path, body, content_type="application/json")
    assert sent.status_code == 201, sent.content
    pdf = get(client, sent.json()["download_url"])
    assert pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
