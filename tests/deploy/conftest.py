"""A SQLite file holding the site, for production processes that run on the embedded default."""

import pytest
from django.db import connection

from tests.deploy.servers import manage, production_env
from tests.factories import CountryFactory


@pytest.fixture
def sqlite_file(tmp_path, db):
    """A migrated SQLite file holding a country (the contact form asks for one), as Wagtail's migrations
    leave the site otherwise: a file copy of the test database, or a freshly migrated file on PostgreSQL."""
    path = tmp_path / "db.sqlite3"
    if connection.vendor == "sqlite":
        CountryFactory(name="Germany")
        connection.ensure_connection()
        # serialize(), not backup(): a backup waits for the test's own open transaction forever, and
        # serialize() includes what this transaction wrote.
        path.write_bytes(connection.connection.serialize())
    else:
        env = production_env(DATABASE_URL=f"sqlite:///{path}")
        manage("migrate", "--no-input", env=env)
        manage("shell", "-c", CREATE_COUNTRY, env=env)
    return path


CREATE_COUNTRY = (
    "from wagtail.models import Locale; from sectors.models import Country; "
    "Country.objects.create(name='Germany', locale=Locale.get_default())"
)


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected as a deployment does: without the manifest every page answers 500."""
    root = tmp_path_factory.mktemp("static")
    manage("collectstatic", "--no-input", env=production_env(STATIC_ROOT=str(root)))
    return root
