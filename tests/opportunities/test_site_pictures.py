"""A picture of every site (issue 17): a locator map, marked as one, until an editor uploads a photo."""

import re
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from opportunities import counted_labels
from opportunities.locator_map import CARD, locator_svg
from tests.opportunities.factories import OpportunityPageFactory, build_catalogue, make_site

pytestmark = pytest.mark.django_db

CATALOGUE = "/en/opportunities/"
CARD_MAP_BUDGET = 4096  # bytes of one card's map: a page of cards carries twelve
CARD_RE = re.compile(r'<li class="card catalogue__item".*?</li>\s*(?=<li class="card|</ol>)', re.S)


def gallery(image, alt="Loading bays seen from the yard"):
    value = {"image": {"image": image.pk, "alt_text": alt, "decorative": False}, "caption": "The yard", "credit": ""}
    return [{"type": "image", "value": value, "id": str(uuid.uuid4())}]


@pytest.fixture
def photo():
    return Image.objects.create(title="Yard photo", file=get_test_image_file(size=(800, 500)))


def cards(client, url=CATALOGUE):
    html = client.get(url).content.decode()
    return html, CARD_RE.findall(html)


def test_every_card_shows_a_locator_map_marked_as_a_map_with_its_place_read_out(client, catalogue):
    html, found = cards(client)
    assert len(found) == 12  # the first page of the fourteen sites
    for card in found:
        municipality, province = re.search(r'catalogue__where">([^(]+) \(([^)]+)\)', card).groups()
        assert '<svg class="locator"' in card
        assert f'aria-label="Location map of {municipality}, province of {province}"' in card
        assert "Location map — not a photo" in card
    assert "Location maps: province and municipality outlines by ISTAT, openpolis (CC BY 4.0)." in html


def test_the_card_map_has_a_fixed_size_stays_left_to_right_and_is_small(catalogue):
    svg = str(locator_svg(catalogue[2][0], CARD))
    width, height = re.search(r'viewBox="0 0 (\d+) (\d+)" width="\1" height="\2"', svg).groups()
    assert (int(width), int(height)) == (240, 229)
    assert ' dir="ltr"' in svg and 'role="img"' in svg
    assert len(svg.encode()) < CARD_MAP_BUDGET
    # Cremona lies in the south of the region, west of its middle.
    cx, cy = (int(n) for n in re.search(r'<circle class="locator__site" cx="(\d+)" cy="(\d+)"', svg).groups())
    assert 0 < cx < 240 * 0.6 and 229 * 0.6 < cy < 229


def test_the_map_is_read_out_in_the_visitors_language_and_arabic_pages_keep_it_left_to_right(client, catalogue):
    with translation.override("it"):
        svg = str(locator_svg(catalogue[2][0], CARD))
    assert 'aria-label="Mappa di localizzazione: Cremona, provincia di Cremona"' in svg
    with translation.override("ar"):
        assert ' dir="ltr"' in str(locator_svg(catalogue[2][0], CARD))


def test_a_photo_replaces_the_map_on_its_card(client, catalogue, photo):
    site = catalogue[2][13]  # the newest site: first in the list
    site.gallery = gallery(photo)
    site.save_revision().publish()
    _html, found = cards(client)
    first = next(card for card in found if f'data-page-id="{site.pk}"' in card)
    assert '<svg class="locator"' not in first and "not a photo" not in first
    assert re.search(r'<img [^>]*alt="Loading bays seen from the yard"[^>]*class="site-picture__photo"', first)
    assert all('<svg class="locator"' in card for card in found if card is not first)


def test_the_site_page_shows_its_map_with_caption_and_credit_and_a_photo_leads_when_there_is_one(client, photo):
    tree = build_catalogue()
    site = make_site(tree.index, "Yard in Mantova", slug="yard", municipality="Mantova", province="MN")
    html = client.get("/en/opportunities/yard/").content.decode()
    figure = re.search(r'<div class="opportunity__pictures">.*?</div>', html, re.S).group(0)
    assert 'aria-label="Location map of Mantova, province of Mantua"' in figure
    assert "Location map — not a photo" in figure
    assert "Province and municipality outlines: ISTAT, openpolis (CC BY 4.0)." in figure

    site.gallery = gallery(photo)
    site.save_revision().publish()
    html = client.get("/en/opportunities/yard/").content.decode()
    pictures = re.search(r"<div class=\"opportunity__pictures opportunity__pictures--photo\">.*?</svg>", html, re.S)[0]
    photo_at = pictures.index('alt="Loading bays seen from the yard"')
    assert photo_at < pictures.index('<svg class="locator"')  # the photo leads, the map follows
    assert 'id="gallery-title"' not in html  # its only photo is not shown a second time


def warm_count(client, url=CATALOGUE):
    for _warm_up in range(2):  # the shared fragments are stored on the second request
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_maps_add_no_query_and_photos_one_for_the_whole_page(client, photo):
    index = build_catalogue().index

    def add(number):
        return [OpportunityPageFactory(parent=index, municipality="Cremona", province="CR") for _n in range(number)]

    sites = add(3)
    three_cards = warm_count(client)
    sites += add(17)
    assert warm_count(client) == three_cards  # twelve cards, twelve maps: not one query more
    for site in sites:
        site.gallery = gallery(photo)
        site.save()
    assert warm_count(client) == three_cards + 1  # the photos of every card of the page, read together


def test_the_filters_button_carries_each_plural_form_of_the_language():
    with translation.override("en"):
        assert counted_labels.forms(counted_labels.filters_button) == [
            [0, "Filters (__count__ sites)"],
            [1, "Filters (__count__ site)"],
        ]
    with translation.override("ar"):
        forms = counted_labels.forms(counted_labels.filters_button)
    # Arabic: none, one, two, a few (3-10), many (11-99), and a hundred or more.
    assert [n for n, _text in forms] == [0, 1, 2, 3, 11, 100]
    assert forms[3][1] == "عوامل التصفية (__count__ مواقع)"
    with translation.override("ja"):
        assert counted_labels.forms(counted_labels.filters_button) == [[0, "絞り込み（__count__ 件）"]]
