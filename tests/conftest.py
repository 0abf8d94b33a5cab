"""Shared fixtures: the demo site, and guards that make CI fail when a real service is missing."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import built_once_per_module
from tests.full_site import build_full_site

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(variable, reason):
    """Skip locally without the service; in CI a missing service is a failure, never a skip."""
    if os.environ.get(variable):
        return
    if IN_CI:
        pytest.fail(f"{variable} is not set in CI: {reason}", pytrace=False)
    pytest.skip(f"{variable} not set: {reason} (set it, or run .ci/run, to include this test)")


# Tests build what they read with factories (tests/factories.py, tests/full_site.py); a module whose
# subject is the demo itself says so with `pytestmark = pytest.mark.demo` (tests/demo/, and the demo
# loaders' own tests). Browser journeys load the demo they need in their own live-server database.


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Tests on the demo run after the others, so those see an empty site.

    A test on the demo requests `demo_content` (or `demo_site`, or `usefixtures("demo_content")`):
    a session fixture, so pytest builds it before the test's transaction opens, never inside it.
    It is marked `demo` here if it was not, and a `demo` mark without the fixture is an error.
    Tests that use a live server run last of all: they empty the database after each test. Runs
    before pytest's own `-m` selection, so `pytest -m "not demo"` leaves the demo out.
    """
    for item in items:
        on_demo = "demo_content" in item.fixturenames
        if item.get_closest_marker("demo") and not on_demo:
            raise pytest.UsageError(f"{item.nodeid} is marked demo: let it request demo_content or demo_site")
        if on_demo and not item.get_closest_marker("demo"):
            item.add_marker(pytest.mark.demo)
    _refuse_testcases_inside_a_built_site(items)
    items.sort(key=lambda item: (_empties_the_database(item), "demo_content" in item.fixturenames))


def _refuse_testcases_inside_a_built_site(items):
    """A Django TestCase where a `built_once_per_module` site is open fails, and every later test of the folder.

    Its class-wide transaction nests in the open one, which PostgreSQL then refuses to end, so each later
    test finds its connection closed; SQLite lets it pass. Refused at collection, on both.
    """
    from django.test import TransactionTestCase

    built_in = set()  # the modules, or the folders (package scope), where a site is built once
    for item in items:
        for fixturedefs in item._fixtureinfo.name2fixturedefs.values():
            fixturedef = fixturedefs[-1]
            if getattr(fixturedef.func, "built_once", False):
                built_in.add(item.path.parent if fixturedef.scope == "package" else item.path)
    for item in items:
        cls = getattr(item, "cls", None)
        inside = item.path in built_in or any(folder in built_in for folder in item.path.parents)
        if cls is not None and issubclass(cls, TransactionTestCase) and inside:
            raise pytest.UsageError(
                f"{item.nodeid} is a Django TestCase where a site built once is open: "
                "make it a pytest test, or move it out of that folder"
            )


def _empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction", False)
    return transactional or "live_server" in item.fixturenames or "transactional_db" in item.fixturenames


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The bilingual demo content, built once per run as `make run` builds it, for the tests that ask.

    Each test then runs in a transaction that is rolled back, so tests see the same content
    without paying for it again.
    """
    with django_db_blocker.unblock():
        if not _restore_snapshot("demo"):
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
            _save_snapshot("demo")


@pytest.fixture
def site_tree(db):
    """An English home page and its Italian translation as the default site: the smallest site."""
    from tests.factories import build_site

    return build_site()


# A filled page of every type in both languages (tests/full_site.py), built once per module that asks.
full_site = built_once_per_module(build_full_site)


# Local speed-up, opt-in with TEST_DEMO_SNAPSHOT=1 and never used in CI: the migrated database, and
# the demo built on it, are kept on SQLite (database and media) under .pytest_cache, keyed by the
# installed apps, migrations, demo sources and data, and copied in by the next run instead of being
# rebuilt. A change elsewhere that alters what migrations or loaders build is not seen until the
# snapshot is deleted, hence opt-in.
SNAPSHOT_SOURCES = {
    "migrated": ["*/migrations/*.py"],
    "demo": ["*/migrations/*.py", "*/demo/**/*", "*/demo.py", "data/**/*", "*/data/**/*"],
}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """With a snapshot (below), the test database is copied from it instead of migrated."""
    import django.core.management

    migrate = django.core.management.call_command

    def call_command(name, *args, **kwargs):
        if name != "migrate":
            return migrate(name, *args, **kwargs)
        if not _restore_snapshot("migrated"):
            migrate(name, *args, **kwargs)
            _save_snapshot("migrated")
        return None

    django.core.management.call_command = call_command
    yield
    django.core.management.call_command = migrate


def _snapshot_dir(kind):
    import hashlib

    from django.conf import settings
    from django.db import connection

    if IN_CI or os.environ.get("TEST_DEMO_SNAPSHOT") != "1" or connection.vendor != "sqlite":
        return None
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256(" ".join(settings.INSTALLED_APPS).encode())
    patterns = SNAPSHOT_SOURCES[kind]
    # The tests' own folders (tests/demo/ matches */demo/) change no migration and no demo content.
    found = {p for pattern in patterns for p in root.glob(pattern) if p.is_file()}
    sources = {p for p in found if p.relative_to(root).parts[0] != "tests"}
    for path in sorted(sources):
        digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return root / ".pytest_cache" / f"{kind}-{digest.hexdigest()[:16]}"


def _restore_snapshot(kind):
    import shutil
    import sqlite3

    from django.conf import settings
    from django.db import connection

    folder = _snapshot_dir(kind)
    if folder is None or not (folder / "db.sqlite3").exists():
        return False
    connection.ensure_connection()
    with sqlite3.connect(folder / "db.sqlite3") as source:
        source.backup(connection.connection)
    for name, target in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        if (folder / name).exists():
            shutil.copytree(folder / name, target, dirs_exist_ok=True)
    return True


def _save_snapshot(kind):
    import shutil
    import sqlite3

    from django.conf import settings
    from django.db import connection

    folder = _snapshot_dir(kind)
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    connection.ensure_connection()
    with sqlite3.connect(folder / "db.sqlite3") as target:
        connection.connection.backup(target)
    for name, source in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        if Path(source).exists():
            shutil.copytree(source, folder / name, dirs_exist_ok=True)


@pytest.fixture
def demo_site(demo_content, db):
    """The default Site, whose tree holds the demo content."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached fragments outlive a rolled-back test; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to /it/ leaves Italian active in the thread; each test starts from English."""
    from django.utils import translation

    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _emails_handed_on_at_once(monkeypatch):
    """jobs.mail hands a stored e-mail to the task queue when the transaction commits; a test's
    transaction is rolled back instead, so here it is handed on at once (tests/jobs checks the commit)."""
    from jobs import mail

    monkeypatch.setattr(mail, "after_commit", lambda function: function())


# Staff of the shipped groups (staff/roles.py), for the desk's, the webhooks' and the privacy tools' tests.
def make_user(django_user_model, username, group):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username, f"{username}@desk.example", "a-long-test-password")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk_member(db, django_user_model):
    return make_user(django_user_model, "marta", "Investment desk")


@pytest.fixture
def privacy_officer(db, django_user_model):
    return make_user(django_user_model, "paola", "Privacy officer")


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "edo", "Editors")
