import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage


@pytest.mark.django_db
class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_live_under_home_or_other_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_can_create_a_standard_page_with_every_block(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

        root = Page.get_first_root_node()
        home = HomePage(title="Home", slug="home-test", hero_title="Hero")
        root.add_child(instance=home)
        self.login()
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About",
                    "slug": "about",
                    "intro": "Intro",
                    "body": streamfield(
                        [
                            ("rich_text", rich_text("<p>Hello</p>")),
                            ("quote", {"text": "A quote", "attribution": "Someone", "role": ""}),
                            (
                                "video",
                                {
                                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                                    "title": "Film",
                                    "transcript": "",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )


@pytest.mark.django_db
class TestSynchronisedTrees(WagtailPageTestCase):
    def test_a_page_created_in_english_appears_in_the_italian_tree_to_translate(self):
        from wagtail_localize.models import LocaleSynchronization

        from tests.factories import build_site

        tree = build_site()
        # Italian kept in step with English, as `make run` configures it (wagtail-localize).
        LocaleSynchronization.objects.create(locale=tree.it.locale, sync_from=tree.en.locale)
        home = tree.en
        self.login()
        response = self.client.post(
            f"/admin/pages/add/home/standardpage/{home.pk}/",
            {"title": "Incentives", "slug": "incentives", "intro": "", "body-count": "0", "action-publish": "1"},
        )
        assert response.status_code == 302
        english = StandardPage.objects.get(slug="incentives", locale__language_code="en")
        italian = english.get_translation(english.locale.__class__.objects.get(language_code="it"))
        assert italian.alias_of_id == english.pk
        assert italian.get_parent().pk == home.get_translation(italian.locale).pk
