"""Which page types go where in the tree, and an editor creating a page with every block.

A Django TestCase of its own, outside tests/home: that folder's tests share one open transaction, and a
TestCase building its own pages inside it is refused by PostgreSQL when it ends.
"""

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
