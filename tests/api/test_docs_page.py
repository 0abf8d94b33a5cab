"""The API's documentation page, in both languages, linked from every page's footer."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "heading", "other"),
    [("en", "Open API for developers", "/it/api/"), ("it", "API aperte per sviluppatori", "/en/api/")],
)
def test_the_documentation_page_describes_every_endpoint_in_each_language(client, full_site, lang, heading, other):
    response = client.get(f"/{lang}/api/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    for endpoint in (
        "/api/v2/pages/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/api/v2/catalogue/",
        "/api/v2/leads/booklet/",
        "/api/v2/leads/contact/",
        "/api/v2/leads/enquiry/",
        "/api/v2/page_preview/",
        "/api/v2/openapi.json",
    ):
        assert endpoint in html, endpoint
    assert f'href="{other}"' in html
    assert "<script>" not in html and "style=" not in html


@pytest.mark.parametrize(("lang", "label"), [("en", "Open API for developers"), ("it", "API aperte per sviluppatori")])
def test_every_page_links_to_it_from_the_footer(client, full_site, lang, label):
    html = client.get(f"/{lang}/").content.decode()
    assert f'<a href="/{lang}/api/">{label}</a>' in html
