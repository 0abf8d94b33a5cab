"""Menus and card lists cost the same number of queries whatever their length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.demo.blocks import raw
from home.models import HomePage, NavigationSettings, StandardPage

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_menu_and_card_counts(client, home_site):
    before = count_queries(client, "/en/")

    home = HomePage.objects.get(pk=home_site.site.root_page_id)
    extra = []
    for i in range(8):
        page = StandardPage(title=f"Extra {i}", slug=f"extra-{i}", summary="More")
        home.add_child(instance=page)
        page.save_revision().publish()
        extra.append(page)
    navigation = NavigationSettings.for_site(home_site.site)
    navigation.main_menu = [*navigation.main_menu.raw_data, *[raw("page", {"page": p.pk, "url": ""}) for p in extra]]
    navigation.save()
    home = HomePage.objects.get(pk=home.pk)
    highlights = list(home.highlights.raw_data)
    # More cards in the same block; the block's page types stay the same.
    highlights[0]["value"]["pages"] = [*highlights[0]["value"]["pages"], *[p.pk for p in extra]]
    home.highlights = highlights
    home.save_revision().publish()

    html = client.get("/en/").content.decode()
    assert "Extra 7" in html
    assert count_queries(client, "/en/") == before
