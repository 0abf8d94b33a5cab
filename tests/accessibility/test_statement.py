"""The accessibility statement follows AgID's model and every footer links to it."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("full_site")]


@pytest.fixture
def statement_html(client, full_site):
    return client.get(full_site.statement.en.url).content.decode()


def test_the_statement_has_every_section_of_agids_model(statement_html):
    for heading in (
        "Compliance status",
        "Non-accessible content",
        "How this statement was prepared",
        "Feedback and contact",
        "Enforcement procedure",
    ):
        assert f"<h2>{heading}</h2>" in statement_html
    assert "This website is <strong>partially compliant</strong> with the requirements of UNI CEI EN 301549" in (
        statement_html
    )
    assert "Test scanned plans." in statement_html and "Non-compliance with Law 4/2004" in statement_html
    assert "last reviewed on <time>1 September 2026</time>" in statement_html
    assert 'href="mailto:a11y@agency.example"' in statement_html
    assert 'href="https://form.agid.gov.it/"' in statement_html


def test_the_italian_statement_is_in_italian_with_lower_case_months(client, full_site):
    body = client.get(full_site.statement.it.url).content.decode()
    assert "<h2>Stato di conformità</h2>" in body
    assert "parzialmente conforme" in body
    assert "1 settembre 2026" in body
    assert "Difensore civico per il digitale" in body


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_footer_links_to_the_statement_in_its_language(client, full_site, language):
    footer = client.get(getattr(full_site.standard, language).url).content.decode().split("<footer", 1)[1]
    assert f'href="{getattr(full_site.statement, language).url}"' in footer
