"""In production the page cache is Redis, shared by every app process: a purge made by one is seen by all."""

import json
import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings as django_settings
from django.test import Client

from pagecache import store
from tests.conftest import require_service

pytestmark = pytest.mark.redis

# Another app process: only Django's settings and the page cache's store, on the same Redis.
OTHER_PROCESS = """
import json, sys
from django.conf import settings
settings.configure(CACHES=json.loads(sys.argv[1]), PAGE_CACHE_ALIAS="pagecache", PAGE_CACHE_SECONDS=600)
from pagecache import store
store.purge_paths([sys.argv[2]])
"""


@pytest.fixture
def redis_page_cache(settings):
    require_service("REDIS_URL", "the page cache shared by app processes is Redis in production")
    alias = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        # This test's own keys, whatever else uses the server.
        "KEY_PREFIX": f"test-pages-{uuid.uuid4().hex[:8]}",
    }
    settings.CACHES = {**settings.CACHES, "pagecache": alias}
    settings.PAGE_CACHE_ALIAS = "pagecache"
    yield {"pagecache": alias}
    store.page_cache().delete_pattern("*")


def test_a_purge_by_another_process_retires_the_page_here(linked_site, redis_page_cache):
    url = linked_site.story.url
    Client().get(url)
    assert Client().get(url)["X-Page-Cache"] == "hit"
    subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, json.dumps(redis_page_cache), url],
        cwd=django_settings.BASE_DIR,
        check=True,
        timeout=60,
    )
    assert Client().get(url)["X-Page-Cache"] == "miss"
    assert Client().get(url)["X-Page-Cache"] == "hit"
    # Other pages were not touched.
    Client().get(linked_site.stories.url)
    assert Client().get(linked_site.stories.url)["X-Page-Cache"] == "hit"
