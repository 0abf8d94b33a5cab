"""A sector page lists the available sites whose permitted uses fit the business functions it targets."""

import pytest

from tests.factories import BusinessFunctionFactory, SectorIndexPageFactory, SectorPageFactory
from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db


def test_a_sector_page_lists_the_sites_that_fit_its_business_functions(client, site_tree):
    tree = build_catalogue(site_tree)
    logistics = BusinessFunctionFactory(key="logistics", name="Test logistics")
    sector = SectorPageFactory(
        parent=SectorIndexPageFactory(parent=tree.en), title="Test transport", business_functions=[logistics]
    )
    make_site(tree.index, "Test warehouse", permitted_uses=["logistics", "industrial"])
    make_site(tree.index, "Test office block", permitted_uses=["offices"])
    make_site(tree.index, "Test hidden warehouse", permitted_uses=["logistics"], owner_consent=False)
    linked = make_site(tree.index, "Test linked lab", permitted_uses=["research"])
    linked.sectors = [sector]
    linked.save_revision().publish()

    html = client.get(sector.url).content.decode()
    section = html.split('id="sector-sites-heading"', 1)[1].split("</section>", 1)[0]
    assert "Test warehouse" in section
    assert "Test linked lab" in section  # an editor's link counts whatever the uses
    assert "Test office block" not in section
    assert "Test hidden warehouse" not in section  # no publication without the owner's consent
    assert "/en/opportunities/?permitted_uses=logistics" in section
