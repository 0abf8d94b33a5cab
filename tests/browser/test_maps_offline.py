"""Maps with no tile server configured, in headless Chromium: the province outlines are drawn (SVG paths
and pixels of a screenshot), pins cluster, a site's page outlines its municipality; axe finds nothing."""

import io

import pytest
from PIL import Image

from tests.browser.conftest import map_ready, pinned, wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Four sites in Bergamo's centre (one cluster at the catalogue's zoom) and one in Cremona.
SITES = [
    ("Bergamo logistics plot", "Bergamo", "BG", 45.6983, 9.6773),
    ("Bergamo workshop", "Bergamo", "BG", 45.6990, 9.6780),
    ("Bergamo warehouse", "Bergamo", "BG", 45.6975, 9.6765),
    ("Bergamo lab", "Bergamo", "BG", 45.6995, 9.6760),
    ("Cremona brownfield", "Cremona", "CR", 45.1332, 10.0227),
]


@pytest.fixture
def catalogue(live_server, settings):
    from tests.opportunities.factories import build_catalogue, make_site

    settings.MAP_TILE_URL = ""  # no tile server: the outlines alone must make the map readable
    tree = build_catalogue()
    for title, municipality, province, lat, lon in SITES:
        make_site(tree.index, title, municipality=municipality, province=province, latitude=lat, longitude=lon)
    return tree


def province_paths(page):
    page.wait_for_selector("[data-outlines-drawn]")
    return page.locator(".map path.map__province").count()


def map_colours(page):
    """How many pixels of the map are the provinces' white fill, and how many their grey outline."""
    image = Image.open(io.BytesIO(page.locator(".map").screenshot())).convert("RGB")
    colours = image.getcolors(image.width * image.height)
    fill = sum(count for count, rgb in colours if min(rgb) >= 250)
    outline = sum(count for count, rgb in colours if all(60 <= c <= 130 for c in rgb))
    return fill / (image.width * image.height), outline


def test_catalogue_map_without_tiles_draws_the_provinces_and_clusters_pins(catalogue, live_server, page):
    tile_requests = []
    page.on("request", lambda request: "tile" in request.url and tile_requests.append(request.url))
    page.goto(f"{live_server.url}/en/opportunities/")
    map_ready(page)
    assert province_paths(page) == 12
    labels = page.locator(".map .map__label").all_inner_texts()
    assert "Milan" in labels and "Mantua" in labels and len(labels) == 12
    fill, outline = map_colours(page)
    assert fill > 0.3, "the provinces' fill should cover much of the map"
    assert outline > 200, "the province borders should be drawn"
    # The four Bergamo sites are one cluster of 4; Cremona's is a pin of its own.
    counts = page.locator(".map .leaflet-marker-icon").evaluate_all("els => els.map(e => e.dataset.count)")
    assert sorted(counts) == ["1", "4"]
    assert pinned(page) == 5
    # A cluster is a button read out with its number (the catalogue's label).
    assert page.get_by_role("button", name="4 sites: select to zoom in").count() == 1
    assert "ISTAT, openpolis (CC BY 4.0)" in page.locator(".leaflet-control-attribution").inner_text()
    assert tile_requests == []
    assert wcag_violations(page) == []

    # Selecting the cluster zooms in until its sites are pins of their own.
    for _ in range(6):
        if page.locator(".map__cluster").count() == 0:
            break
        page.locator(".map__cluster").first.click()
        page.wait_for_timeout(400)
    assert page.locator(".map .leaflet-marker-icon[data-count='1']").count() >= 4
    assert page.console_errors == []


def test_site_page_outlines_its_municipality_in_italian(catalogue, live_server, page):
    from opportunities.models import OpportunityPage
    from tests.opportunities.factories import translate_site

    translate_site(OpportunityPage.objects.get(slug="cremona-brownfield"), "Area dismessa a Cremona", "area-cremona")
    page.goto(f"{live_server.url}/it/opportunita/area-cremona/")
    map_ready(page)
    assert province_paths(page) == 12
    assert "Milano" in page.locator(".map .map__label").all_inner_texts()
    assert page.locator(".map path.map__municipality").count() == 1
    assert pinned(page) == 1
    assert "Confini: ISTAT, openpolis (CC BY 4.0)" in page.locator(".leaflet-control-attribution").inner_text()
    assert wcag_violations(page) == []
    assert page.console_errors == []
