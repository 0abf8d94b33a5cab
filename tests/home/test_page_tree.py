"""wagtail-localize's synchronised trees: a page created in English gets its Italian copy to translate."""

import pytest

from home.models import StandardPage


# A function on the folder's site, not a Django TestCase building its own: removing the folder's pages
# inside its open transaction leaves rows pointing at them, which PostgreSQL refuses at the test's end.
@pytest.mark.django_db
def test_a_page_created_in_english_appears_in_the_italian_tree_to_translate(home_site, admin_client):
    from wagtail_localize.models import LocaleSynchronization

    # Italian kept in step with English, as `make run` configures it (wagtail-localize).
    LocaleSynchronization.objects.create(locale=home_site.it.locale, sync_from=home_site.en.locale)
    home = home_site.en
    response = admin_client.post(
        f"/admin/pages/add/home/standardpage/{home.pk}/",
        {"title": "Incentives", "slug": "incentives", "intro": "", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    english = StandardPage.objects.get(slug="incentives", locale__language_code="en")
    italian = english.get_translation(english.locale.__class__.objects.get(language_code="it"))
    assert italian.alias_of_id == english.pk
    assert italian.get_parent().pk == home.get_translation(italian.locale).pk
