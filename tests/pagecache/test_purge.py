"""Publishing, unpublishing, moving or deleting a page, or saving what pages render, retires the pages showing it."""

import pytest
from django.test import Client

from home.models import ContactSettings
from sectors.models import Booklet
from tests.factories import BusinessFunctionFactory, StandardPageFactory


def cached(url):
    """True when the page at this URL would be served from the cache (the visit stores it otherwise)."""
    return Client().get(url).get("X-Page-Cache") == "hit"


def warm(*pages):
    for page in pages:
        Client().get(page.url)
        assert cached(page.url), page.url


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Purges run when the transaction commits; a test's transaction is rolled back, so commit them here."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_republishing_a_story_retires_it_and_every_page_that_lists_features_or_contains_it(linked_site, commits):
    s = linked_site
    warm(s.story, s.stories, s.en, s.sector, s.territory, s.featuring, s.unrelated, s.it)
    s.story.title = "Test story, retitled"
    with commits():
        s.story.save_revision().publish()
    for page in (s.story, s.stories, s.en, s.sector, s.territory, s.featuring):
        assert not cached(page.url), page.url
    assert "Test story, retitled" in Client().get(s.story.url).content.decode()
    assert "Test story, retitled" in Client().get(s.featuring.url).content.decode()
    # Pages that do not show the story, and the other language's tree, keep their cached copy.
    assert cached(s.unrelated.url)
    assert cached(s.it.url)


def test_every_query_string_variant_of_a_page_is_retired_with_it(linked_site, commits):
    url = linked_site.stories.url + "?page=1"
    Client().get(url)
    assert cached(url)
    with commits():
        linked_site.story.save_revision().publish()
    assert not cached(url)


def test_unpublishing_retires_the_page_and_its_listing(linked_site, commits):
    s = linked_site
    warm(s.story, s.stories)
    with commits():
        s.story.unpublish()
    assert Client().get(s.story.url).status_code == 404
    assert "Test cached story" not in Client().get(s.stories.url).content.decode()


def test_publishing_a_new_child_retires_its_parent_and_the_home_page(linked_site, commits):
    s = linked_site
    warm(s.en, s.unrelated)
    with commits():
        StandardPageFactory(parent=s.en, title="Test newcomer").save_revision().publish()
    assert not cached(s.en.url)
    assert cached(s.unrelated.url)


def test_moving_a_page_retires_every_page(linked_site, commits):
    s = linked_site
    warm(s.unrelated, s.story)
    with commits():
        s.unrelated.move(s.sectors, pos="last-child")
    assert not cached(s.story.url)
    # The old address is no longer the cached page: Wagtail's redirect to the new one answers.
    assert Client().get(s.unrelated.url).status_code == 301


def test_deleting_a_page_retires_every_page(linked_site, commits):
    s = linked_site
    warm(s.featuring, s.stories)
    with commits():
        s.story.delete()
    assert "Test cached story" not in Client().get(s.featuring.url).content.decode()
    assert not cached(s.stories.url)


def test_saving_a_taxonomy_snippet_retires_every_page(linked_site, commits):
    warm(linked_site.story, linked_site.it)
    with commits():
        BusinessFunctionFactory(name="Test new function")
    assert not cached(linked_site.story.url)
    assert not cached(linked_site.it.url)


def test_a_booklet_edited_or_deleted_retires_its_sector_page_alone(linked_site, commits):
    # The worker saves the booklet each time it prints it again (a story it shows was published): that
    # must not empty the cache of the whole site.
    s = linked_site
    booklet = Booklet.objects.create(sector=s.sector, locale=s.sector.locale, title="Test cache booklet")
    warm(s.sector, s.unrelated, s.stories)
    booklet.title = "Test cache booklet, second edition"
    with commits():
        booklet.save()
    assert not cached(s.sector.url)
    assert cached(s.unrelated.url) and cached(s.stories.url)
    warm(s.sector)
    with commits():
        booklet.delete()
    assert not cached(s.sector.url)
    assert cached(s.unrelated.url)


def test_saving_a_site_setting_retires_every_page(linked_site, commits):
    warm(linked_site.unrelated)
    contacts = ContactSettings.for_site(linked_site.site)
    with commits():
        contacts.save()
    assert not cached(linked_site.unrelated.url)


def test_a_change_rolled_back_purges_nothing(linked_site, django_capture_on_commit_callbacks):
    warm(linked_site.story)
    with django_capture_on_commit_callbacks(execute=False):
        linked_site.story.save_revision().publish()
    assert cached(linked_site.story.url)
