"""Two visitors in two Chromium contexts: one shortlists a site, the other, served the cached catalogue,
sees an empty shortlist and a working form of their own (the page cache, docs/page-cache.md)."""

import pytest

from tests.pagecache.factories import build_linked_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_never_sees_another_visitors_shortlist_from_the_cache(live_server, chromium, settings):
    settings.PAGE_CACHE_SECONDS = 600
    tree = build_linked_site()
    catalogue = live_server.url + tree.index.url
    visitor_a = chromium.new_context(locale="en-GB")
    visitor_b = chromium.new_context(locale="en-GB")
    try:
        a, b = visitor_a.new_page(), visitor_b.new_page()
        a.goto(catalogue)
        b.goto(catalogue)  # the catalogue as stored for visitors without a session
        a.get_by_role("button", name="Add to shortlist – Test shortlisted site").click()
        a.wait_for_load_state()
        assert a.locator(".catalogue__shortlist").inner_text() == "Your shortlist (1 site)"

        response = b.goto(catalogue)
        assert response.headers["x-page-cache"] == "hit"
        assert b.locator(".catalogue__shortlist").inner_text() == "Your shortlist (0 sites)"
        # B's form carries B's own token: B can shortlist too, and now has a shortlist of one.
        b.get_by_role("button", name="Add to shortlist – Test shortlisted site").click()
        b.wait_for_load_state()
        assert b.locator(".catalogue__shortlist").inner_text() == "Your shortlist (1 site)"
        assert b.get_by_role("button", name="Remove from shortlist – Test shortlisted site").is_visible()
    finally:
        visitor_a.close()
        visitor_b.close()
