"""What the query budget reads once, or keeps between requests, still follows the content (issue 11).

Routing reads the pages on the path together (home/routing.py); the Site, each language's home page,
the privacy link, the contact setting, the Locales, the view restrictions, the incentives and the
indicators' latest values are kept with the shared fragments (home/content_version.py); the
one-per-language pages are found together (home/landmarks.py): a visitor must see the same pages,
links and 404s as before, and a change at once.
"""

import re

import pytest
from wagtail.models import PageViewRestriction, Site

from home.models import ContactSettings, PrivacySettings
from incentives.models import Incentive
from indicators.models import Indicator
from tests.incentives.factories import IncentiveFactory
from tests.indicators.factories import IndicatorValueFactory

pytestmark = pytest.mark.django_db


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def test_a_deep_page_shows_its_breadcrumbs_and_links_back_to_its_index(client, full_site):
    page = html(client, full_site.story.it.url)
    trail = page.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'<a href="{full_site.home.it.url}">' in trail
    assert f'<a href="{full_site.stories.it.url}">{full_site.stories.it.title}</a>' in trail
    assert f'<a href="{full_site.stories.it.url}">' in page.split('class="story__back"')[1]


def test_unknown_addresses_below_a_page_are_not_found(client, full_site):
    html(client, f"{full_site.story.en.url}no-such-page/", status=404)
    html(client, f"{full_site.news.en.url}no-such-page/deeper/", status=404)
    html(client, "/en/no-such-section/test-story/", status=404)


def test_a_routable_page_on_the_way_still_answers_its_own_routes_and_its_children(client, full_site):
    catalogue = full_site.catalogue.en
    assert full_site.sites[0].en.title in html(client, full_site.sites[0].en.url)
    html(client, f"{catalogue.url}{catalogue.reverse_subpage('shortlist')}")


def test_a_new_privacy_notice_is_linked_at_once(client, full_site):
    before = html(client, full_site.contact.en.url)
    assert f'<a href="{full_site.privacy.en.url}">privacy notice</a>' in before
    PrivacySettings.objects.update_or_create(site=full_site.site, defaults={"privacy_page": full_site.standard.en})
    assert f'<a href="{full_site.standard.en.url}">privacy notice</a>' in html(client, full_site.contact.en.url)
    assert f'<a href="{full_site.standard.it.url}">' in html(client, full_site.contact.it.url)


def test_a_new_restriction_takes_a_page_out_of_the_menu_at_once(client, full_site):
    news = full_site.news.en
    assert f'href="{news.url}"' in html(client, full_site.home.en.url)
    PageViewRestriction.objects.create(page=full_site.news.it, restriction_type="password", password="secret")
    PageViewRestriction.objects.create(page=news, restriction_type="password", password="secret")
    assert f'href="{news.url}"' not in html(client, full_site.home.en.url)
    assert "wagtailcore/password_required.html" in [t.name for t in client.get(news.url).templates]


def test_an_incentive_added_or_withdrawn_shows_on_the_sector_page_at_once(client, full_site):
    sector = full_site.science.en
    assert "Test research grant" in html(client, sector.url)
    grant = IncentiveFactory(name="Test new tax credit", sectors=[sector])
    assert "Test new tax credit" in html(client, sector.url)
    grant.delete()
    Incentive.objects.filter(name="Test research grant").delete()
    page = html(client, sector.url)
    assert "Test new tax credit" not in page and "Test research grant" not in page


def test_a_newer_figure_shows_on_the_territory_card_at_once(client, full_site):
    card = full_site.province.en
    assert "Test wage survey" in html(client, card.url)
    wage = Indicator.objects.get(key="test-wage", locale=card.locale)
    IndicatorValueFactory(indicator=wage, territory="CR", year=2025, value=31000, source="Test newer wage survey")
    page = html(client, card.url)
    assert "Test newer wage survey" in page and "Test wage survey" not in page


def test_a_changed_contact_address_shows_on_the_function_page_at_once(client, full_site):
    page = full_site.function_page.it
    assert "desk@agency.example" in html(client, page.url)
    ContactSettings.objects.update_or_create(site=full_site.site, defaults={"email": "investors@agency.example"})
    assert "investors@agency.example" in html(client, page.url)


def test_a_host_given_a_site_of_its_own_is_answered_by_it_at_once(client, full_site):
    def template(host):
        response = client.get("/en/", HTTP_HOST=host)
        assert response.status_code == 200, (host, response.status_code)
        return {t.name for t in response.templates}

    assert "home/home_page.html" in template("127.0.0.1")
    other = Site.objects.create(hostname="127.0.0.1", port=80, root_page=full_site.news.en)
    assert "news/news_index_page.html" in template("127.0.0.1")
    other.delete()
    assert "home/home_page.html" in template("127.0.0.1")


def test_a_featured_page_retitled_shows_its_new_title_on_the_cards_at_once(client, full_site):
    def cards():
        return html(client, full_site.home.en.url).split('class="featured"')[1].split("</section>")[0]

    assert full_site.sectors_index.en.title in cards()
    sectors = type(full_site.sectors_index.en).objects.get(pk=full_site.sectors_index.en.pk)
    sectors.title = "Test sectors retitled"
    sectors.save_revision().publish()
    assert "Test sectors retitled" in cards()


def test_a_form_kept_with_the_shared_fragments_still_gives_each_request_a_stamp_of_its_own(client, full_site):
    """The contact block's fields are kept (home/includes/form_body.html); its one-time stamp never is."""
    stamps = [
        re.search(r'name="form_started" value="([^"]+)"', html(client, full_site.standard.en.url))[1] for _ in range(2)
    ]
    assert stamps[0] != stamps[1]
    page = html(client, full_site.standard.en.url)
    assert 'name="country"' in page and ">Germany<" in page
