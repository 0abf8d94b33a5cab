"""Menus and footer are cached for every page, yet an editor's change shows on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from home.models import ContactSettings, NavigationSettings

pytestmark = pytest.mark.django_db


def main_menu_page(home_site):
    navigation = NavigationSettings.for_site(home_site.site)
    return next(block.value["page"] for block in navigation.main_menu if block.value.get("page")).specific


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_second_visit_reuses_the_menus_and_footer(client, home_site):
    first = queries_for(client, "/en/")
    assert queries_for(client, "/en/") < first


def test_publishing_a_new_title_updates_the_menu_everywhere(client, home_site):
    page = main_menu_page(home_site)
    assert page.title in client.get("/en/").content.decode()

    page.title = "Renamed for investors"
    page.save_revision().publish()

    assert "Renamed for investors" in client.get("/en/").content.decode()


def test_unpublishing_a_menu_page_removes_it_from_the_menu(client, home_site):
    page = main_menu_page(home_site)
    url = page.get_url()
    assert f'href="{url}"' in client.get("/en/").content.decode()

    Page.objects.get(pk=page.pk).unpublish()

    assert f'href="{url}"' not in client.get("/en/").content.decode()


def test_new_contact_details_show_in_the_footer_at_once(client, home_site):
    client.get("/it/")
    contact = ContactSettings.for_site(home_site.site)
    contact.email = "new-desk@regione.lombardia.example"
    contact.save()

    assert "new-desk@regione.lombardia.example" in client.get("/it/").content.decode()


def test_each_language_keeps_its_own_menu(client, home_site):
    page = main_menu_page(home_site)
    italian = page.get_translation(Locale.objects.get(language_code="it"))
    client.get("/en/")

    html = client.get("/it/").content.decode()

    assert f'href="{italian.get_url()}"' in html
    assert f'href="{page.get_url()}"' not in html
