"""The factory site of tests/full_site.py holds a live page of every page type in both languages."""

import pytest
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.django_db


def test_every_page_type_of_the_project_is_built_in_english_and_italian(full_site):
    built = {
        (page.specific_class._meta.label, page.locale.language_code)
        for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    }
    missing = [
        f"{model._meta.label} ({language})"
        for model in get_page_models()
        if model is not Page
        for language in ("en", "it")
        if (model._meta.label, language) not in built
    ]
    assert not missing, f"add a page of each to tests/full_site.py: {missing}"


def test_every_page_of_it_answers_in_its_language(client, full_site):
    failures = []
    for page in Page.objects.live().filter(depth__gt=1).specific().select_related("locale"):
        response = client.get(page.url)
        language = page.locale.language_code
        if response.status_code != 200 or f'<html lang="{language}" dir="ltr">' not in response.content.decode():
            failures.append(f"{page.url}: {response.status_code}")
    assert not failures, failures
