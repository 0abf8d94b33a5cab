"""Where each territory page type may live (a Django TestCase: outside tests/territories, whose site is built once)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from territories.models import EcosystemPage, TerritoryIndexPage, TerritoryPage


class TreeRulesTests(WagtailPageTestCase):
    def test_territory_index_lives_under_the_home_page_and_holds_only_territories(self):
        self.assertAllowedParentPageTypes(TerritoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TerritoryIndexPage, {TerritoryPage})

    def test_territory_page_lives_only_under_the_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(TerritoryPage, {TerritoryIndexPage})
        self.assertAllowedSubpageTypes(TerritoryPage, set())
        self.assertCanNotCreateAt(HomePage, TerritoryPage)
        self.assertCanNotCreateAt(StandardPage, TerritoryPage)

    def test_ecosystem_page_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(EcosystemPage, {HomePage})
        self.assertAllowedSubpageTypes(EcosystemPage, set())
        self.assertCanNotCreateAt(Page, EcosystemPage)
