"""The suite runs on a real PostgreSQL when DATABASE_URL points at one (always in CI)."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from tests.conftest import require_service

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def postgresql_required():
    require_service("DATABASE_URL", "PostgreSQL tests need a PostgreSQL server")


def test_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        assert int(cursor.fetchone()[0].split(".")[0]) >= 13


def test_site_search_finds_pages_with_postgresql_full_text(pages):
    # Wagtail's database backend uses PostgreSQL's full-text search here: stemming finds
    # "services" from "service".
    results = get_search_backend().search("service", StandardPage.objects.live())
    titles = {page.title for page in results}
    assert "Services for investors" in titles
