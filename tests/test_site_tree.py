"""The smallest site of tests/factories.py serves both languages, as the demo does."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_factory_site_answers_in_english_and_italian(client, site_tree):
    english = client.get("/en/")
    assert english.status_code == 200
    assert "A place to invest" in english.content.decode()
    italian = client.get("/it/")
    assert italian.status_code == 200
    assert '<html lang="it" dir="ltr">' in italian.content.decode()
    assert "Un luogo dove investire" in italian.content.decode()


def test_without_the_demo_the_tree_holds_only_what_the_test_built(site_tree):
    from wagtail.models import Page

    assert list(Page.objects.filter(depth=2).values_list("title", flat=True).order_by("title")) == [
        "Casa di prova",
        "Test home",
    ]
