"""Responsive images (issue 11): each picture in the size its slot needs, in WebP with a JPEG fallback.

On the home page's hero, a listing's cards and a photo in a page's body: a <picture> whose WebP source
and JPEG <img> offer the same widths, `sizes` for the slot, explicit width and height (the space is held
before the file arrives), lazy loading except the hero, which is fetched first. The files served are
the sizes the srcset says, and none is wider than twice the slot's widest or than the original.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file_jpeg

from tests.factories import SectorPageFactory

pytestmark = pytest.mark.django_db

CARD_WIDEST = 1064  # twice a card at its widest (one column just below 35.25rem: 532 px)


def pictures(client, url, within):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select(f"{within} picture")


def widths(srcset):
    """{width: url} of a srcset with width descriptors."""
    candidates = [candidate.strip().rsplit(" ", 1) for candidate in srcset.split(",")]
    return {int(descriptor[:-1]): url for url, descriptor in candidates}


def served_size(url):
    from django.conf import settings

    with default_storage.open(url.removeprefix(settings.MEDIA_URL)) as file:
        image = PillowImage.open(io.BytesIO(file.read()))
        return image.format, image.size


def assert_webp_and_jpeg_alike(picture):
    (source,) = picture.find_all("source")
    img = picture.find("img")
    assert source["type"] == "image/webp"
    assert source["sizes"] == img["sizes"]
    webp, jpeg = widths(source["srcset"]), widths(img["srcset"])
    assert sorted(webp) == sorted(jpeg)
    for width, url in webp.items():
        assert served_size(url)[0] == "WEBP"
        assert served_size(url)[1][0] == width
    for width, url in jpeg.items():
        assert served_size(url)[0] == "JPEG"
        assert served_size(url)[1][0] == width
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    return img, sorted(jpeg)


def test_the_home_hero_is_fetched_first_at_the_screens_width(client, full_site):
    (hero,) = pictures(client, full_site.home.en.url, ".hero")
    img, offered = assert_webp_and_jpeg_alike(hero)
    assert img["sizes"] == "100vw"
    assert img["fetchpriority"] == "high"
    assert "loading" not in img.attrs
    assert offered == [800, 1200, 1600]  # the original is 1600 px wide
    assert int(img["width"]) / int(img["height"]) == 2.5  # the hero's band, whatever the screen


def test_cards_offer_their_slot_at_up_to_twice_its_width_and_load_lazily(client, full_site):
    photo = Image.objects.create(title="Test card photo", file=get_test_image_file_jpeg(size=(2400, 1350)))
    science = type(full_site.science.en).objects.get(pk=full_site.science.en.pk)
    science.social_image = photo
    science.save_revision().publish()
    (card,) = pictures(client, full_site.sectors_index.en.url, ".card-grid")
    img, offered = assert_webp_and_jpeg_alike(card)
    assert img["loading"] == "lazy"
    assert "(max-width: 35.25rem) calc(100vw - 2rem)" in img["sizes"]
    assert max(offered) <= CARD_WIDEST
    assert min(offered) <= 320  # a desktop's four columns are 265 px
    assert int(img["width"]) * 9 == int(img["height"]) * 16


def test_a_photo_in_the_text_is_never_offered_wider_than_its_original(client, full_site):
    photos = pictures(client, full_site.standard.en.url, ".stream")
    assert photos
    for picture in photos:
        img, offered = assert_webp_and_jpeg_alike(picture)
        assert img["loading"] == "lazy"
        assert max(offered) <= 800  # the test photo is 800 x 500
        assert (img["width"], img["height"]) == ("800", "500")  # the largest: the column shrinks it


@pytest.mark.parametrize("page", ["home", "sectors_index", "standard"])
def test_every_image_has_its_width_and_height(client, full_site, page):
    response = client.get(getattr(full_site, page).en.url)
    images = BeautifulSoup(response.content, "html.parser").select("main img")
    assert all(img.get("width") and img.get("height") for img in images), images


def test_card_pictures_add_no_query_to_a_listing(client, full_site):
    parent = full_site.sectors_index.en
    for n in range(6):
        SectorPageFactory(parent=parent, title=f"Pictured sector {n}", slug=f"pictured-{n}")

    def warm_queries():
        client.get(parent.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(parent.url).status_code == 200
        return len(queries)

    without = warm_queries()
    for n, sector in enumerate(type(full_site.science.en).objects.child_of(parent).filter(slug__startswith="pictured")):
        sector.social_image = Image.objects.create(title=f"Card {n}", file=get_test_image_file_jpeg(size=(960, 540)))
        sector.save_revision().publish()
    html = client.get(parent.url).content.decode()
    assert html.count("<picture>") == 6
    assert warm_queries() == without
