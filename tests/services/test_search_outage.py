"""Editors keep working when Elasticsearch is unreachable: saving and publishing never fail on it."""

import socket

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.models import HomePage, StandardPage
from search.elasticsearch_profiles import wagtail_backend_settings

pytestmark = pytest.mark.django_db


def unreachable_backend():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    backend = wagtail_backend_settings(f"http://127.0.0.1:{port}", "outage", "full")
    backend["TIMEOUT"] = 1
    return {"default": backend}


def test_editor_publishes_while_elasticsearch_is_down(admin_client, demo_site, caplog):
    home = HomePage.objects.get(pk=demo_site.root_page_id)
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable_backend()):
        response = admin_client.post(
            f"/admin/pages/add/home/standardpage/{home.pk}/",
            {
                "title": "Tax incentives",
                "slug": "tax-incentives",
                "intro": "",
                "body-count": "0",
                "action-publish": "1",
            },
        )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="tax-incentives", locale=home.locale)
    assert page.live
    assert Page.objects.filter(alias_of=page).exists()  # and the Italian tree was kept in sync
    # The indexing task did try the cluster, failed, and said so in the log.
    assert any("ConnectionError" in (r.exc_text or r.getMessage()) for r in caplog.records if r.exc_info or r.exc_text)
