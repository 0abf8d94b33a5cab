"""Tests: fast and isolated, yet on the real services when CI provides them.

DATABASE_URL and ELASTICSEARCH_URL, when set, point the suite at a real PostgreSQL and a real
Elasticsearch; without them it runs on SQLite and Wagtail's database search.
"""

import os
import tempfile

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = False
SECRET_KEY = "tests-only-key"  # noqa: S105 - never used outside tests
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rate limits count in that local-memory cache even when REDIS_URL is set (the Redis tests build their own).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Files go to a throwaway folder, served by the site so browser tests see real images.
MEDIA_ROOT = tempfile.mkdtemp(prefix="lombardy-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="lombardy-test-private-")
STORAGES = {**STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
SERVE_MEDIA = True
# Pages are indexed in the database backend during tests; Elasticsearch tests build their own
# backend on a per-run index prefix so parallel or repeated runs never collide.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Likewise the catalogue: Elasticsearch tests opt in (tests/search/conftest.py).
CATALOGUE_SEARCH_ENGINE = "database"
ELASTICSEARCH_INDEX_PREFIX = f"test-{os.getpid()}"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Off for the suite (the test client's login() passes no request, which django-axes needs);
# tests/staff turns both on.
WAGTAIL_2FA_REQUIRED = False
AXES_ENABLED = False
# Other apps' tests count the e-mails a form sends; tests/desk turns the enquirer's acknowledgement on.
DESK_ACKNOWLEDGE_ENQUIRERS = False
# The demo the tests read keeps its two languages; tests/i18n/test_new_locales.py builds the others.
DEMO_NEW_LANGUAGES = []
# The page cache is off for the suite (tests re-read pages they change without publishing); tests/pagecache
# turns it on, in the default cache the root conftest empties between tests.
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_ALIAS = "default"
