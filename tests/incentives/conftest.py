from types import SimpleNamespace

import pytest


@pytest.fixture
def incentive_site(site_tree):
    """The finder in both languages, two sectors, a ZLS card and a Milan card, and four incentives:

    open to all (whole region, every sector); the ZLS tax credit (ZLS only, inside the state-aid map,
    new plants and expansions); an R&D grant for small and medium firms of the science sector; and a
    grant for the transport sector only.
    """
    from tests.factories import SectorIndexPageFactory, SectorPageFactory, translate
    from tests.incentives.factories import IncentiveFactory, IncentiveIndexPageFactory, translate_incentive
    from tests.opportunities.factories import TerritoryIndexPageFactory, TerritoryPageFactory, build_catalogue

    finder = IncentiveIndexPageFactory(parent=site_tree.en)
    it_finder = translate(finder, title="Incentivi di prova", slug="incentivi")
    sectors = SectorIndexPageFactory(parent=site_tree.en)
    translate(sectors, title="Settori di prova", slug="settori")
    science = SectorPageFactory(parent=sectors, title="Test science", slug="test-science")
    it_science = translate(science, title="Scienza di prova", slug="scienza-di-prova")
    transport = SectorPageFactory(parent=sectors, title="Test transport", slug="test-transport")
    translate(transport, title="Trasporto di prova", slug="trasporto-di-prova")
    territories = TerritoryIndexPageFactory(parent=site_tree.en)
    zls = TerritoryPageFactory(parent=territories, title="Test ZLS", kind="zls")
    milan = TerritoryPageFactory(parent=territories, title="Test Milan", kind="province", province_code="MI")

    everyone = IncentiveFactory(name="Test agreement for everyone", sort_order=1)
    tax_credit = IncentiveFactory(
        name="Test ZLS tax credit",
        provider="zls",
        instrument="tax_credit",
        territories=["ZLS"],
        state_aid_area_only=True,
        investment_types=["new_plant", "expansion"],
        sort_order=2,
    )
    research = IncentiveFactory(
        name="Test research grant",
        instrument="grant",
        company_sizes=["small", "medium"],
        investment_types=["rnd"],
        sectors=[science],
        sort_order=3,
    )
    transport_only = IncentiveFactory(
        name="Test transport grant", instrument="grant", sectors=[transport], sort_order=4
    )
    for incentive, italian in (
        (everyone, "Accordo di prova per tutti"),
        (tax_credit, "Credito d'imposta ZLS di prova"),
        (research, "Contributo di prova per la ricerca"),
        (transport_only, "Contributo di prova per i trasporti"),
    ):
        translate_incentive(incentive, name=italian)
    catalogue = build_catalogue(site_tree)
    return SimpleNamespace(
        finder=finder,
        it_finder=it_finder,
        science=science,
        it_science=it_science,
        transport=transport,
        zls=zls,
        milan=milan,
        catalogue=catalogue,
    )
