"""A page not yet translated is never public in the wrong language (issue 17)."""

import re

import pytest
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import StandardPageFactory, translate
from tests.i18n.factories import italian_copy, new_english_page, translate_copy

pytestmark = pytest.mark.django_db


def test_a_page_created_in_the_admin_gets_an_italian_copy_that_is_not_served_in_english(synced, admin_client):
    response = admin_client.post(
        f"/admin/pages/add/home/standardpage/{synced.en.pk}/",
        {"title": "Tax incentives", "slug": "tax-incentives", "intro": "", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    english = StandardPage.objects.get(slug="tax-incentives", locale=synced.en.locale)
    copy = italian_copy(english)
    assert copy.alias_of_id == english.pk and copy.live  # wagtail-localize's synchronised copy, live

    response = admin_client.get("/it/tax-incentives/")

    assert response.status_code == 302
    assert response["Location"] == "/en/tax-incentives/?untranslated=it"


def test_the_visitor_lands_on_the_original_with_a_notice_in_their_language(synced, client):
    new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")

    response = client.get("/it/tax-incentives/?page=2", follow=True)

    assert response.redirect_chain == [("/en/tax-incentives/?page=2&untranslated=it", 302)]
    html = response.content.decode()
    assert "<h1" in html and "Tax incentives" in html
    notice = re.search(r'<p class="notice"[^>]*lang="it"[^>]*>(.*?)</p>', html, re.S)
    assert notice is not None
    assert "Questa pagina non è ancora tradotta nella Sua lingua" in notice.group(1)
    assert 'href="/it/"' in notice.group(1)  # back to the Italian home page
    # The English page itself, asked for directly, has no notice.
    assert "untranslated-notice" not in client.get("/en/tax-incentives/").content.decode()


def test_an_unknown_language_in_the_notice_parameter_shows_no_notice(synced, client):
    new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")

    response = client.get("/en/tax-incentives/?untranslated=xx")

    assert response.status_code == 200
    assert "untranslated-notice" not in response.content.decode()


def test_untranslated_copies_are_left_out_of_menus_switcher_hreflang_and_sitemap(synced, client):
    from home.models import NavigationSettings

    page = new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")
    menu = NavigationSettings.for_site(synced.site)
    menu.main_menu = [("link", {"page": page, "label": ""})]
    menu.save()

    italian_home = client.get("/it/").content.decode()
    english_page = client.get("/en/tax-incentives/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/it/tax-incentives/" not in italian_home and "Tax incentives" not in italian_home
    assert 'hreflang="it"' not in _head(english_page)  # no Italian alternate for an English-only page
    # The switcher offers Italian, but as the Italian home page: the nearest page that is translated.
    assert re.search(r'<a href="/it/" hreflang="it"[^>]*data-testid="switch-it"', english_page)
    assert "/en/tax-incentives/" in sitemap and "/it/tax-incentives/" not in sitemap


def test_site_search_in_italian_does_not_list_the_english_copy(synced, client):
    new_english_page(synced.en, title="Tax incentives", slug="tax-incentives", intro="Superbonus details")

    assert "/en/tax-incentives/" in client.get("/en/search/?q=superbonus").content.decode()
    assert "tax-incentives" not in client.get("/it/search/?q=superbonus").content.decode()


def test_once_translated_the_page_is_served_in_italian_with_its_own_slug(synced, client):
    page = new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")
    translate_copy(page, title="Incentivi fiscali", slug="incentivi-fiscali")

    italian = client.get("/it/incentivi-fiscali/")
    english = client.get("/en/tax-incentives/").content.decode()

    assert italian.status_code == 200 and "Incentivi fiscali" in italian.content.decode()
    assert 'hreflang="it" href="http://testserver/it/incentivi-fiscali/"' in _head(english)
    assert 'href="/it/incentivi-fiscali/" hreflang="it"' in english


def test_a_copy_whose_original_is_gone_sends_to_the_nearest_translated_page(synced, client):
    section = StandardPageFactory(parent=synced.en, title="Guides", slug="guides")
    translate(section, title="Guide", slug="guide")
    page = new_english_page(section, title="Tax incentives", slug="tax-incentives")
    page.unpublish()
    copy = italian_copy(page)
    Page.objects.filter(pk=copy.pk).update(live=True)  # a copy left live, say by an older sync

    response = client.get(copy.url)

    assert response.status_code == 302
    assert response["Location"] == "/it/guide/?untranslated=it"


def _head(html):
    return html.split("</head>")[0]


def test_every_page_type_translates_its_slug():
    """A translated page gets its own address (`/it/incentivi-fiscali/`), never the English slug."""
    from wagtail.models import get_page_models
    from wagtail_localize.fields import TranslatableField, get_translatable_fields

    ours = [model for model in get_page_models() if model._meta.app_label not in {"wagtailcore"}]
    assert len(ours) > 10
    without = [
        model.__name__
        for model in ours
        if not any(isinstance(f, TranslatableField) and f.field_name == "slug" for f in get_translatable_fields(model))
    ]
    assert without == []


def test_the_api_in_italian_does_not_serve_the_english_copy(synced, client):
    page = new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")

    italian = client.get("/api/v2/pages/?locale=it&fields=title").json()["items"]
    english = client.get("/api/v2/pages/?locale=en&fields=title").json()["items"]

    assert "Tax incentives" in [item["title"] for item in english]
    assert "Tax incentives" not in [item["title"] for item in italian]
    assert client.get(f"/api/v2/pages/{italian_copy(page).pk}/").status_code == 404
