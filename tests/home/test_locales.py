"""Both languages render, the switcher and hreflang lead to the translation, / follows the browser."""

import re

import pytest

from home.models import StandardPage
from tests.home.conftest import FIGURE, FIGURE_LABEL

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_browser_language(client, home_site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="it-IT,it;q=0.9,en;q=0.5")["Location"] == "/it/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="pt-BR,pt;q=0.9")["Location"] == "/en/"  # a language not offered
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/en/", "en", "A place to invest"),
        ("/it/", "it", "Un luogo dove investire"),
        ("/en/why-invest/", "en", "Test why invest"),
        ("/it/perche-investire/", "it", "Perché investire, di prova"),
    ],
)
def test_pages_render_in_their_language(client, home_site, url, lang, heading):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="ltr">' in html
    assert f">{heading}</h1>" in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_key_figures_show_with_their_source_and_year(client, home_site, lang):
    html = client.get(f"/{lang}/").content.decode()
    assert f'<dt class="key-figure__label">{FIGURE_LABEL[lang]}</dt>' in html
    assert f">{FIGURE['value']}</dd>" in html
    assert f">{FIGURE['source']}, {FIGURE['year']}</dd>" in html


def test_switcher_and_hreflang_point_to_the_translation(client, home_site):
    html = client.get("/en/why-invest/").content.decode()
    assert 'href="/it/perche-investire/" hreflang="it"' in html
    assert '<link rel="alternate" hreflang="it" href="http://testserver/it/perche-investire/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/why-invest/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/why-invest/">' in html

    it_html = client.get("/it/perche-investire/").content.decode()
    assert 'href="/en/why-invest/" hreflang="en"' in it_html


def test_switcher_falls_back_to_the_home_page_without_translation(client, home_site):
    home = home_site.site.root_page
    only_english = StandardPage(title="English only", slug="english-only")
    home.add_child(instance=only_english)
    only_english.save_revision().publish()

    html = client.get("/en/english-only/").content.decode()
    assert 'href="/it/" hreflang="it"' in html
    # No translation: no alternate for Italian, so search engines are not misled.
    assert 'hreflang="it" href=' not in html


def test_menus_are_in_the_visitors_language(client, home_site):
    it_html = client.get("/it/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', it_html, re.S).group(0)
    assert "Servizi di prova" in nav
    assert "Test services" not in nav
    footer = re.search(r"<footer.*?</footer>", it_html, re.S).group(0)
    assert "Informativa di prova" in footer
    assert "Accessibilità di prova" in footer
    assert "Test accessibility" not in footer


def test_sitemap_lists_both_languages(client, home_site):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/why-invest/</loc>" in xml
    assert "/it/perche-investire/</loc>" in xml
    assert "/it/accessibilita/</loc>" in xml


@pytest.mark.parametrize(
    ("url", "text"),
    [("/en/no-such-page/", "Page not found"), ("/it/pagina-inesistente/", "Pagina non trovata")],
)
def test_404_is_translated(client, home_site, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_every_page_can_be_shared_with_a_title_and_a_card(client, home_site):
    html = client.get("/it/perche-investire/").content.decode()
    assert '<meta property="og:title" content="Perché investire, di prova">' in html
    assert '<meta property="og:locale" content="it_IT">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta name="twitter:card" content="summary">' in html
