"""A business-function page lists, by query, the sectors, territories, sites, incentives and stories of its function."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from functions.models import BusinessFunctionIndexPage, BusinessFunctionPage
from home.models import HomePage
from stories.models import SuccessStoryPage
from tests.full_site import published_child
from tests.opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    """The HTML of the section whose heading has this id (up to the next section)."""
    start = html.index(f'id="{heading_id}"')
    return html[start : html.find("</section>", start)]


def test_the_research_page_lists_what_serves_research_and_nothing_else(client, function_site):
    html = html_of(client, function_site.function_page.en)
    sectors = section(html, "function-sectors")
    assert "Test science" in sectors and "Test transport" not in sectors
    assert "Test province of Cremona" in section(html, "function-territories")
    sites = section(html, "function-sites")
    assert "Test laboratory in Milano" in sites
    assert "Test area in Cremona" not in sites  # logistics and industrial: no research use
    assert "permitted_uses=research" in sites
    incentives = section(html, "applicable-incentives-heading")
    assert "Test R&amp;D grant" in incentives  # for R&D
    assert "Test research grant" in incentives  # open to every function
    assert "Test plant grant" not in incentives  # manufacturing only
    assert "?function=rnd" in incentives
    stories = section(html, "function-stories")
    assert "Test story" in stories and "Test plant story" not in stories


def test_the_italian_page_lists_the_italian_pages_of_the_same_function(client, function_site):
    html = html_of(client, function_site.function_page.it)
    assert "Scienza di prova" in section(html, "function-sectors")
    assert "Provincia di prova di Cremona" in section(html, "function-territories")
    assert "Storia di prova" in section(html, "function-stories")
    assert 'id="function-sites"' not in html  # the laboratory has no Italian page
    assert "Test laboratory" not in html
    assert "Come aiuta il team investimenti" in html


def test_figures_are_stored_values_with_year_and_source_and_a_missing_one_says_so(client, function_site):
    figures = section(html_of(client, function_site.function_page.en), "function-figures")
    assert "Test residents" in figures
    assert "2023" in figures and "Test regional office" in figures
    assert "not available" in figures  # Italy has no value of it


def test_services_follow_the_kind_of_project(client, function_site):
    research = section(html_of(client, function_site.function_page.en), "function-services")
    assert "Recruitment and training" in research and "Due diligence" not in research
    assert "desk@agency.example" in research
    plants = section(html_of(client, function_site.plant_page), "function-services")
    assert "Due diligence on a site" in plants and "Recruitment and training" not in plants


def test_the_index_groups_the_pages_by_kind_of_project(client, function_site):
    html = html_of(client, function_site.function_index.en)
    assert "Test manufacturing function" in section(html, "functions-material")
    assert "Test research function" in section(html, "functions-immaterial")


def test_the_api_gives_the_function_and_the_same_lists(client, function_site):
    page = function_site.function_page.en
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["business_function"] == {"key": "rnd", "name": "Test research"}
    assert data["project_nature"] == "immaterial"
    assert [s["title"] for s in data["sectors"]] == ["Test science"]
    assert [s["title"] for s in data["sites"]] == ["Test laboratory in Milano"]
    assert "Test plant grant" not in {i["name"] for i in data["incentives"]}
    assert [s["title"] for s in data["stories"]] == ["Test story"]
    (figure,) = data["figures"]
    assert figure["values"] == [
        {
            "territory": "LOM",
            "year": 2023,
            "value": 10020528.0,
            "source": "Test regional office",
            "url": "https://stats.example/table",
        }
    ]
    italian = client.get(f"/api/v2/pages/{function_site.function_page.it.pk}/").json()
    assert italian["business_function"] == {"key": "rnd", "name": "Ricerca di prova"}


def test_the_page_tree_rules():
    assert BusinessFunctionIndexPage.allowed_parent_page_models() == [HomePage]
    assert BusinessFunctionIndexPage.allowed_subpage_models() == [BusinessFunctionPage]
    assert BusinessFunctionPage.allowed_parent_page_models() == [BusinessFunctionIndexPage]
    assert BusinessFunctionPage.allowed_subpage_models() == []


def test_the_query_count_stays_the_same_with_more_sites_and_stories(client, function_site):
    page = function_site.function_page.en
    client.get(page.url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as before:
        client.get(page.url)
    for number in range(10):
        OpportunityPageFactory(
            parent=function_site.catalogue.en, title=f"Test extra lab {number}", permitted_uses=["research"]
        )
    for number in range(4):
        published_child(
            function_site.stories.en,
            SuccessStoryPage(
                title=f"Test lab story {number}",
                slug=f"test-lab-story-{number}",
                company_name="Test lab",
                business_function=function_site.function_page.en.business_function,
                investment_mode="creation",
                year=2022,
            ),
        )
    html = client.get(page.url).content.decode()  # publishing emptied the shared fragments: warm them again
    with CaptureQueriesContext(connection) as after:
        client.get(page.url)
    assert "Test extra lab 0" in html and "Test lab story 3" in html
    assert "See all the fitting sites in the catalogue" in html
    assert len(after) == len(before)
    # Measured: the base layout, the contact form block and about 18 for the lists (functions/related.py).
    assert len(before) <= 33
