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
def django_db_setup(django_db_setup, django_db_blocker):
    """The bilingual demo content, built once per run as `make run` builds it.

    Each test then runs in a transaction that is rolled back, so tests see the same content
    without paying for it again.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


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
