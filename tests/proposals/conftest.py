"""A lead, a bilingual catalogue, a sector and an incentive for the proposals' tests."""

from types import SimpleNamespace

from leads.models import Lead
from tests.factories import SectorIndexPageFactory, SectorPageFactory, built_once_per_module, translate
from tests.incentives.factories import IncentiveFactory, translate_incentive
from tests.opportunities.factories import build_catalogue, make_site, translate_site


def _build():
    tree = build_catalogue()
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, title="Settori di prova", slug="settori")
    mechanics = SectorPageFactory(parent=index, title="Test mechanics", slug="test-mechanics")
    it_mechanics = translate(mechanics, title="Meccanica di prova", slug="meccanica-di-prova")
    plant = make_site(
        tree.index,
        "Test plant in Brescia",
        province="BS",
        municipality="Brescia",
        site_area_m2=24000,
        asking_price_eur=1_250_000,
        tenure="sale",
        permitted_uses=["industrial"],
    )
    it_plant = translate_site(plant, "Stabilimento di prova a Brescia")
    yard = make_site(tree.index, "Test yard in Lodi", province="LO", municipality="Lodi", site_area_m2=9000)
    grant = IncentiveFactory(name="Test research grant", sectors=[mechanics])
    translate_incentive(grant, name="Contributo di prova per la ricerca")
    lead = Lead.objects.create(
        kind=Lead.Kind.CONTACT, name="Test Investor", email="investor@example.com", company="Test GmbH", language="it"
    )
    return SimpleNamespace(
        tree=tree,
        mechanics=mechanics,
        it_mechanics=it_mechanics,
        plant=plant,
        it_plant=it_plant,
        yard=yard,
        grant=grant,
        lead=lead,
    )


proposal_site = built_once_per_module(_build)
