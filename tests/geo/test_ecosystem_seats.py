"""The ecosystem map pins only seats that are known; an entity whose seat is not verified stays in the list."""

import json
import re
from decimal import Decimal

import pytest
import wagtail_factories

from territories.models import EcosystemEntity, EcosystemPage
from tests.factories import build_site, locales, translate

pytestmark = pytest.mark.django_db


class EcosystemPageFactory(wagtail_factories.PageFactory):
    title = "Ecosystem"
    slug = "ecosystem"

    class Meta:
        model = EcosystemPage


def entity(name, **fields):
    english = EcosystemEntity.objects.create(locale=locales()[0], name=name, category="incubator", **fields)
    translated = english.copy_for_translation(locales()[1])
    translated.save()
    return english


@pytest.fixture
def ecosystem():
    tree = build_site()
    page = EcosystemPageFactory(parent=tree.en)
    translate(page, title="Ecosistema", slug="ecosistema")
    entity(
        "Verified Hub",
        municipality="Bergamo",
        province="BG",
        latitude=Decimal("45.69830"),
        longitude=Decimal("9.67730"),
    )
    entity("Unverified Lab", description="Seat to be verified: not on the map until it is.")
    return page


def mapped_titles(html):
    match = re.search(r'<script id="ecosystem-geojson" type="application/json">(.*?)</script>', html, re.S)
    return [feature["properties"]["title"] for feature in json.loads(match.group(1))["features"]]


def test_the_map_shows_verified_seats_and_the_list_keeps_every_entity(client, ecosystem):
    html = client.get("/en/ecosystem/").content.decode()
    assert mapped_titles(html) == ["Verified Hub"]
    assert "2 entities found" in html
    assert "1 of them is on the map: an entity whose seat is not yet verified is listed but not placed." in html
    unverified = re.search(r'<li class="entity"[^>]*>(?:(?!</li>).)*Unverified Lab(?:(?!</li>).)*</li>', html, re.S)
    assert unverified and "not on the map" in unverified.group(0) and "Milan" not in unverified.group(0)
    assert "Bergamo (BG)" in html


def test_the_same_in_italian(client, ecosystem):
    html = client.get("/it/ecosistema/").content.decode()
    assert mapped_titles(html) == ["Verified Hub"]
    assert "1 è sulla mappa" in html
