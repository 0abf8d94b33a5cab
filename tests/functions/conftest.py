"""The full factory site (tests/full_site.py), with what a business-function page must sort out.

Its R&D function page (immaterial) targets the `rnd` function of the science sector. Added here: a
research site in Milano (fits R&D) beside the full site's logistics and industrial sites (do not); a
manufacturing-only grant (not for R&D); a manufacturing story (not R&D); Lombardy's and Italy's value
of an indicator the page shows; and a manufacturing page (material) for the other kind of project.
"""

from types import SimpleNamespace

from functions.models import BusinessFunctionPage
from stories.models import SuccessStoryPage
from tests.factories import BusinessFunctionFactory, built_once_per_module, translate_snippet
from tests.full_site import build_full_site, published_child
from tests.incentives.factories import IncentiveFactory
from tests.indicators.factories import IndicatorValueFactory
from tests.opportunities.factories import OpportunityPageFactory


def build_function_site():
    site = build_full_site()
    research_site = OpportunityPageFactory(
        parent=site.catalogue.en,
        title="Test laboratory in Milano",
        municipality="Milano",
        province="MI",
        permitted_uses=["research", "offices"],
    )
    manufacturing = BusinessFunctionFactory(key="manufacturing", name="Test manufacturing")
    translate_snippet(manufacturing, name="Produzione di prova")
    plant_grant = IncentiveFactory(name="Test plant grant", instrument="grant")
    plant_grant.business_functions.set([manufacturing])
    plant_grant.save()
    density = site.function_page.en.indicators.get()
    IndicatorValueFactory(indicator=density, territory="LOM", year=2023, value=10020528, source="Test regional office")
    plant_page = published_child(
        site.function_index.en,
        BusinessFunctionPage(
            title="Test manufacturing function",
            slug="test-manufacturing",
            business_function=manufacturing,
            project_nature="material",
            headline="Test plants",
        ),
    )
    plant_story = published_child(
        site.stories.en,
        SuccessStoryPage(
            title="Test plant story",
            slug="test-plant-story",
            company_name="Test maker",
            business_function=manufacturing,
            investment_mode="creation",
            year=2023,
        ),
    )
    return SimpleNamespace(
        **vars(site),
        research_site=research_site,
        plant_grant=plant_grant,
        plant_page=plant_page,
        plant_story=plant_story,
    )


function_site = built_once_per_module(build_function_site, scope="package")
