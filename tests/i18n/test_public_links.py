"""Every absolute link the site gives out is on PUBLIC_BASE_URL, never the Site's hostname and port."""

import pytest
from django.test import override_settings

from tests.factories import StandardPageFactory, translate

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.investinlombardy.example"


@pytest.fixture
def behind_a_proxy(site_tree):
    """The Site as a server behind a proxy often has it: the app server's own host and port."""
    site_tree.site.hostname, site_tree.site.port = "localhost", 8000
    site_tree.site.save()
    page = StandardPageFactory(parent=site_tree.en, title="Guides", slug="guides")
    translate(page, title="Guide", slug="guide")
    return page


@override_settings(PUBLIC_BASE_URL=PUBLIC)
def test_canonical_og_url_and_hreflang_carry_the_public_address(behind_a_proxy, client):
    head = client.get("/en/guides/").content.decode().split("</head>")[0]

    assert f'<link rel="canonical" href="{PUBLIC}/en/guides/">' in head
    assert f'<meta property="og:url" content="{PUBLIC}/en/guides/">' in head
    assert f'hreflang="it" href="{PUBLIC}/it/guide/"' in head
    assert f'hreflang="x-default" href="{PUBLIC}/en/guides/"' in head
    assert "localhost" not in head and ":8000" not in head


@override_settings(PUBLIC_BASE_URL=PUBLIC)
def test_the_sitemap_lists_public_addresses(behind_a_proxy, client):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{PUBLIC}/en/guides/</loc>" in sitemap
    assert f"<loc>{PUBLIC}/it/guide/</loc>" in sitemap
    assert "localhost" not in sitemap


@override_settings(PUBLIC_BASE_URL=PUBLIC)
def test_the_api_html_url_is_the_public_address(behind_a_proxy, client):
    data = client.get(f"/api/v2/pages/{behind_a_proxy.pk}/").json()

    assert data["meta"]["html_url"] == f"{PUBLIC}/en/guides/"


def test_without_the_setting_links_fall_back_to_the_admin_base_url(behind_a_proxy, client, settings):
    settings.PUBLIC_BASE_URL = ""

    head = client.get("/en/guides/").content.decode().split("</head>")[0]

    assert f'<link rel="canonical" href="{settings.WAGTAILADMIN_BASE_URL}/en/guides/">' in head


@override_settings(PUBLIC_BASE_URL=PUBLIC)
def test_the_owners_sign_in_e_mail_links_to_the_public_address(behind_a_proxy, client):
    from django.core import mail

    from tests.leads.helpers import started

    client.post("/en/owners/sign-in/", {"email": "owner@example.org", "website": "", "form_started": started()})

    assert len(mail.outbox) == 1
    assert f"{PUBLIC}/en/owners/sign-in/link/?sesame=" in mail.outbox[0].body
    assert "testserver" not in mail.outbox[0].body
