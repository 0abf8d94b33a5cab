"""Shared fixtures: the demo site, and guards that make CI fail when a real service is missing."""

import os

import pytest
from django.core.management import call_command

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(variable, reason):
    """Skip locally without the service; in CI a missing service is a failure, never a skip."""
    if os.environ.get(variable):
        return
    if IN_CI:
        pytest.fail(f"{variable} is not set in CI: {reason}", pytrace=False)
    pytest.skip(f"{variable} not set: {reason} (set it, or run .ci/run, to include this test)")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """With a demo snapshot (below), the test database is copied from it instead of migrated."""
    import django.core.management

    migrate_or_restore = django.core.management.call_command

    def call_command(name, *args, **kwargs):
        if name == "migrate" and _restore_demo_snapshot():
            return None
        return migrate_or_restore(name, *args, **kwargs)

    django.core.management.call_command = call_command
    yield
    django.core.management.call_command = migrate_or_restore


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The bilingual demo content, built once per run as `make run` builds it.

    Each test then runs in a transaction that is rolled back, so tests see the same content
    without paying for it again.
    """
    with django_db_blocker.unblock():
        if not _snapshot_restored:
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
            _save_demo_snapshot()


# Local speed-up, opt-in with TEST_DEMO_SNAPSHOT=1 and never used in CI: the demo built on SQLite is
# kept (database and media) under .pytest_cache, keyed by the migrations, demo sources and data, and
# copied in by the next run instead of being rebuilt. A change elsewhere that alters what the loaders
# build is not seen until the snapshot is deleted, hence opt-in.
_snapshot_restored = False


def _snapshot_dir():
    import hashlib
    from pathlib import Path

    from django.conf import settings
    from django.db import connection

    if IN_CI or os.environ.get("TEST_DEMO_SNAPSHOT") != "1" or connection.vendor != "sqlite":
        return None
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    patterns = ["*/migrations/*.py", "*/demo/**/*", "*/demo.py", "data/**/*", "*/data/**/*"]
    for path in sorted({p for pattern in patterns for p in root.glob(pattern) if p.is_file()}):
        digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return root / ".pytest_cache" / f"demo-{digest.hexdigest()[:16]}"


def _restore_demo_snapshot():
    import shutil
    import sqlite3

    from django.conf import settings
    from django.db import connection

    global _snapshot_restored
    folder = _snapshot_dir()
    if folder is None or not (folder / "db.sqlite3").exists():
        return False
    connection.ensure_connection()
    with sqlite3.connect(folder / "db.sqlite3") as source:
        source.backup(connection.connection)
    for name, target in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        shutil.copytree(folder / name, target, dirs_exist_ok=True)
    _snapshot_restored = True
    return True


def _save_demo_snapshot():
    import shutil
    import sqlite3

    from django.conf import settings
    from django.db import connection

    folder = _snapshot_dir()
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(folder / "db.sqlite3") as target:
        connection.connection.backup(target)
    for name, source in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        shutil.copytree(source, folder / name, dirs_exist_ok=True)


@pytest.fixture
def demo_site(db):
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
