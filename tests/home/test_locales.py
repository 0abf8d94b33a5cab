"""Both languages render, the switcher and hreflang lead to the translation, / follows the browser."""

import re

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_browser_language(client, demo_site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="it-IT,it;q=0.9,en;q=0.5")["Location"] == "/it/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")["Location"] == "/en/"
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/en/", "en", "Your Lombardy way: invest where Italy&#x27;s economy meets Europe"),
        ("/it/", "it", "Your Lombardy way: investi dove l&#x27;economia italiana incontra l&#x27;Europa"),
        ("/en/why-lombardy/", "en", "Why Lombardy"),
        ("/it/perche-la-lombardia/", "it", "Perché la Lombardia"),
    ],
)
def test_pages_render_in_their_language(client, demo_site, url, lang, heading):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert f">{heading}</h1>" in html


def test_key_figures_come_from_the_strategy(client, demo_site):
    html = client.get("/en/").content.decode()
    # 41+54+54+88+107+90 projects, 2018-2023
    assert ">434</dd>" in html
    assert "foreign investment projects in Lombardy" in html
    assert ">434</dd>" in client.get("/it/").content.decode()


def test_switcher_and_hreflang_point_to_the_translation(client, demo_site):
    html = client.get("/en/why-lombardy/").content.decode()
    assert 'href="/it/perche-la-lombardia/" hreflang="it"' in html
    assert '<link rel="alternate" hreflang="it" href="http://testserver/it/perche-la-lombardia/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/why-lombardy/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/why-lombardy/">' in html

    it_html = client.get("/it/perche-la-lombardia/").content.decode()
    assert 'href="/en/why-lombardy/" hreflang="en"' in it_html


def test_switcher_falls_back_to_the_home_page_without_translation(client, demo_site):
    home = demo_site.root_page
    only_english = StandardPage(title="English only", slug="english-only")
    home.add_child(instance=only_english)
    only_english.save_revision().publish()

    html = client.get("/en/english-only/").content.decode()
    assert 'href="/it/" hreflang="it"' in html
    # No translation: no alternate for Italian, so search engines are not misled.
    assert 'hreflang="it" href=' not in html


def test_menus_are_in_the_visitors_language(client, demo_site):
    it_html = client.get("/it/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', it_html, re.S).group(0)
    assert "Servizi per gli investitori" in nav
    assert "Services for investors" not in nav
    footer = re.search(r"<footer.*?</footer>", it_html, re.S).group(0)
    assert "Informativa sulla privacy" in footer
    assert "Dichiarazione di accessibilità" in footer


def test_sitemap_lists_both_languages(client, demo_site):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/why-lombardy/</loc>" in xml
    assert "/it/perche-la-lombardia/</loc>" in xml
    assert "/it/dichiarazione-di-accessibilita/</loc>" in xml


@pytest.mark.parametrize(
    ("url", "text"),
    [("/en/no-such-page/", "Page not found"), ("/it/pagina-inesistente/", "Pagina non trovata")],
)
def test_404_is_translated(client, demo_site, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_every_page_can_be_shared_with_a_title_and_a_card(client, demo_site):
    html = client.get("/it/perche-la-lombardia/").content.decode()
    assert '<meta property="og:title" content="Perché la Lombardia">' in html
    assert '<meta property="og:locale" content="it_IT">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta name="twitter:card" content="summary">' in html
