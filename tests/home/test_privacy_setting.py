"""The privacy notice is chosen in a site setting; every form links it in the visitor's language."""

import pytest
from wagtail.models import Locale

from home.models import HomePage, PrivacySettings, StandardPage
from leads.models import ContactPage

pytestmark = pytest.mark.django_db


def contact_html(client, language):
    page = ContactPage.objects.live().get(locale__language_code=language)
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def chosen_notice(home_site):
    """A new notice, translated into Italian, chosen by an editor in the setting."""
    home = HomePage.objects.get(locale__language_code="en")
    notice = home.add_child(instance=StandardPage(title="Data protection", slug="data-protection"))
    italian = notice.copy_for_translation(Locale.objects.get(language_code="it"))
    italian.slug = "protezione-dati"
    italian.save_revision().publish()
    PrivacySettings.objects.update_or_create(site=home_site.site, defaults={"privacy_page": notice})
    return notice


def test_forms_link_the_notice_chosen_in_the_setting(client, chosen_notice):
    assert 'How we use your data: <a href="/en/data-protection/">privacy notice</a>' in contact_html(client, "en")


def test_italian_forms_link_its_italian_translation(client, chosen_notice):
    assert '<a href="/it/protezione-dati/">' in contact_html(client, "it")


def test_an_unpublished_notice_is_not_linked(client, chosen_notice):
    chosen_notice.unpublish()
    html = contact_html(client, "en")
    assert "privacy notice</a>" not in html


def test_the_page_called_privacy_is_linked_until_an_editor_chooses_one(client, home_site):
    PrivacySettings.objects.filter(site=home_site.site).delete()
    assert 'How we use your data: <a href="/en/privacy/">privacy notice</a>' in contact_html(client, "en")
