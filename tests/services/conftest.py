import pytest

from tests.factories import StandardPageFactory, build_site, translate
from tests.opportunities.factories import build_catalogue, make_site, translate_site

SITE_EN, SITE_IT = "Logistics area by the Cremona canal port", "Area logistica presso il porto canale di Cremona"


@pytest.fixture
def pages(db):
    """The factory site with a page about investors, one that is not, and a bilingual catalogue site."""
    tree = build_site()
    services = StandardPageFactory(parent=tree.en, title="Services for investors", intro="What we offer investors.")
    translate(services, title="Servizi per gli investitori", slug="servizi")
    StandardPageFactory(parent=tree.en, title="Cookie policy", intro="Which cookies the site sets.")
    tree = build_catalogue(tree)
    site = make_site(tree.index, SITE_EN, municipality="Cremona", province="CR")
    translate_site(site, SITE_IT)
    return tree
