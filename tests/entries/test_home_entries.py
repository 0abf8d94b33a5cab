"""The home page's ways in: find a site, search, and the owners' call, which the catalogue and every
footer also link to."""

import re

import pytest
import time_machine

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("full_site")]


def html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_home_page_finds_a_site_by_province_size_and_use(client, full_site, language):
    home = html(client, getattr(full_site.home, language).url)
    catalogue = getattr(full_site.catalogue, language).url
    form = home[home.index('aria-labelledby="home-find-a-site"') :].split("</form>")[0]
    assert f'action="{catalogue}"' in form
    assert '<option value="CR">' in form and 'name="min_site_area"' in form and 'name="permitted_uses"' in form
    assert ("10,000\xa0m²" if language == "en" else "10.000\xa0m²") in form


def test_the_finders_any_choices_filter_nothing_and_raise_no_error(client, full_site):
    everything = html(client, full_site.catalogue.en.url)
    sent = html(client, full_site.catalogue.en.url, province="", min_site_area="", permitted_uses="")
    assert "is not one of the options" not in sent
    count = re.compile(r"(\d+) sites?")
    assert count.search(sent).group(1) == count.search(everything).group(1)
    narrowed = html(client, full_site.catalogue.en.url, province="CR", min_site_area="20000", permitted_uses="")
    assert "Test area in Cremona" in narrowed
    assert "Test plot in Spinadesco" not in narrowed  # 12,000 m²
    assert "Test offices in Milano" not in narrowed


def test_the_home_page_has_a_search_box_with_suggestions(client, full_site):
    home = html(client, full_site.home.it.url)
    box = home[home.index('aria-labelledby="home-search"') :].split("</form>")[0]
    assert 'action="/it/search/"' in box and 'data-autocomplete-url="/it/search/autocomplete/"' in box


def test_owners_are_invited_from_the_home_page_the_catalogue_and_every_footer(client, full_site):
    home = html(client, full_site.home.en.url)
    assert "Opportunity Lombardy" in home and "open until 30 June 2028" in home
    assert 'href="/en/owners/"' in home
    assert "Offer it through Opportunity Lombardy" in html(client, full_site.catalogue.en.url)
    footer = html(client, full_site.standard.it.url).split("<footer", 1)[1]
    assert 'href="/it/proprietari/"' in footer
    assert "aperto fino al 30 giugno 2028" in html(client, full_site.home.it.url)


def test_after_the_deadline_the_call_is_said_closed(client, full_site):
    with time_machine.travel("2028-07-01 09:00 +0200", tick=False):
        home = html(client, full_site.home.en.url)
    assert "The Opportunity Lombardy call closed on 30 June 2028." in home
    assert "open until" not in home
