import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def test_admin_speaks_italian_to_an_italian_editor(home_site):
    editor = get_user_model().objects.create_superuser("redattrice", "r@example.org", "x")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "it"
    profile.save()
    client = Client()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'lang="it"' in html
    assert "Bacheca" in html or "Pagine" in html


def test_admin_offers_both_languages_for_content(home_site, admin_client):
    html = admin_client.get("/admin/locales/").content.decode()
    assert "English" in html
    assert "Italiano" in html or "Italian" in html


@override_settings(ROOT_URLCONF="tests.home.urls_with_error", DEBUG=False)
@pytest.mark.parametrize(
    ("url", "text", "lang"),
    [("/en/boom/", "Something went wrong", "en"), ("/it/boom/", "Si è verificato un problema", "it")],
)
def test_server_error_page_is_translated(url, text, lang):
    client = Client(raise_request_exception=False)
    response = client.get(url)
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{lang}" dir="ltr">' in html
