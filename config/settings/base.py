"""Settings shared by every environment.

Every external service is switched on by one environment variable and the embedded
default needs none (DESIGN.md section 3): SQLite, Wagtail's database search, local files,
local-memory cache and console e-mail.
"""

from pathlib import Path

import environ
from botocore.config import Config

from search.elasticsearch_profiles import wagtail_backend_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "home",
    "sectors",
    "opportunities",
    "search",
    "leads",
    # The investment desk: companies, contacts, projects, activities, routing (docs/desk.md).
    "desk",
    # Outgoing webhooks on lead, project and activity events, and the pipeline's JSON exchange (docs/webhooks.md).
    "webhooks",
    # The demand and offer noticeboard, and the proposals staff assemble for a lead.
    "noticeboard",
    "proposals",
    "owners",
    "alerts",
    # Before wagtail_2fa: its token page answers at the same admin URL and must win (staff/views.py).
    "staff",
    "territories",
    "indicators",
    "news",
    "stories",
    "incentives",
    # Value propositions by business function (manufacturing, R&D, HQ, logistics, sales and services).
    "functions",
    "api",
    # The full-page cache of public HTML and its purge (docs/page-cache.md).
    "pagecache",
    # "Was this page useful?" below every page, with a report for editors.
    "feedback",
    # The accessibility statement in AgID's model (accessibility/).
    "accessibility",
    # Background work: the outbox, the scheduler, heartbeats (jobs/), on django-tasks' queue.
    "jobs",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "wagtail_headless_preview",
    "storages",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_ratelimit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so every response and every log line of a request carries its id (LOGGING below).
    "log_request_id.middleware.RequestIDMiddleware",
    # View restrictions and the active Locale read once per request, not at each call (home/request_memo.py).
    "home.request_memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise (static files come pre-compressed), above the page cache, which stores pages
    # uncompressed: each response gets its own gzip header (Django's BREACH mitigation, docs/page-cache.md).
    "django.middleware.gzip.GZipMiddleware",
    # Stores the page as it leaves, cookies set (docs/page-cache.md); FetchFromPageCache answers hits.
    "pagecache.middleware.UpdatePageCacheMiddleware",
    # Before CommonMiddleware, so preflight requests to the API are answered (api/ and the README).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After sessions, CSRF and messages, so a hit gets the visitor's CSRF token and no query runs below.
    "pagecache.middleware.FetchFromPageCacheMiddleware",
    # Ends idle or too old staff sessions (with a message) before the second factor is checked.
    "staff.middleware.StaffSessionTimeoutMiddleware",
    "wagtail_2fa.middleware.VerifyUserPermissionsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Listed after CSPMiddleware so it sees the response first and can relax the admin's policy.
    "config.middleware.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the translated page (staff/templates).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.map_tiles",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several visitors posting at once must all be saved: WAL lets readers go on while one writes,
    # IMMEDIATE takes the write lock when a transaction starts (a read lock upgraded later fails at once
    # with "database is locked", whatever the timeout) and the timeout makes writers queue for it.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=20),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English first (the default for visitors whose browser asks for neither).
LANGUAGE_CODE = "en"
# Each named in its own language (the switcher's label). Arabic is written right to left: base.html
# sets dir="rtl" from Django's get_language_bidi (LANGUAGES_BIDI lists "ar").
LANGUAGES = [
    ("en", "English"),
    ("it", "Italiano"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("zh-hans", "简体中文"),
    ("ja", "日本語"),
    ("ar", "العربية"),
]
# The languages beyond English and Italian that load_demo_content gives a home page and synchronised
# copies of every page (home/demo/locales.py); about a sixth of the demo's loading time.
DEMO_NEW_LANGUAGES = env.list("DEMO_NEW_LANGUAGES", default=["de", "fr", "zh-hans", "ja", "ar"])
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Each app keeps its own message catalogue in <app>/locale/, found by Django without a setting.
LOCALE_PATHS = []
TIME_ZONE = "Europe/Rome"
USE_I18N = True
# Dates as each language writes them ("1 October 2026", "1 ottobre 2026"); numbers are grouped by the
# filters of home/templatetags/numbers.py, not by USE_THOUSAND_SEPARATOR, which would also group years and ids.
FORMAT_MODULE_PATH = ["home.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Files that must never have a public address (booklets): outside MEDIA_ROOT on local disk,
# in the private bucket behind presigned links on S3.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
# Django serves uploaded files itself only where no web server or S3 does (development, tests).
SERVE_MEDIA = DEBUG

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def s3_storage_backend(env):
    """S3-compatible storage: files stay private and every link is presigned and expires."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=600),
            "file_overwrite": False,
            # Fail fast when the storage is unreachable: a page waits seconds, not minutes.
            "client_config": Config(
                connect_timeout=env.float("AWS_S3_CONNECT_TIMEOUT", default=2),
                read_timeout=env.float("AWS_S3_READ_TIMEOUT", default=5),
                retries={"max_attempts": 2},
            ),
        },
    }


AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_storage_backend(env)

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env("REDIS_URL", default=""):
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("REDIS_URL"),
        # A cache outage must not take pages down with it.
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    }
# Whole public pages for visitors without a session (pagecache/, docs/page-cache.md): in their own alias,
# so pages never push rate-limit counters or fragments out of a local-memory cache.
CACHES["pagecache"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}
if env("REDIS_URL", default=""):
    CACHES["pagecache"] = {**CACHES["default"], "KEY_PREFIX": "pages"}
PAGE_CACHE_ALIAS = "pagecache"
# How long a page is kept here and by a CDN or reverse proxy (s-maxage), and served stale while refreshed.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_STALE_SECONDS = env.int("PAGE_CACHE_STALE_SECONDS", default=60)
# A request carrying one of these cookies has a visitor's own state and is never served from the cache.
PAGE_CACHE_PERSONAL_COOKIES = ["sessionid", "messages"]
# Hidden fields written afresh for each visitor a stored page is served to (pagecache/fresh_fields.py): the
# lead forms' one-time stamp, which two visitors must never share.
PAGE_CACHE_FRESH_FIELDS = {"form_started": "leads.forms.signed_timestamp"}
# Snippets that no page renders: saving them does not purge the cache (every other snippet and setting does).
PAGE_CACHE_IGNORED_MODELS = ["opportunities.OwnerSubmission"]
# The reverse proxy or CDN purged on the same events (wagtail.contrib.frontend_cache, deploy/varnish/).
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_VARNISH_URL", default=""):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "pagecache.frontend.VarnishBackend",
        "LOCATION": env("FRONTEND_CACHE_VARNISH_URL"),
    }
# Each translation is a page of its own, purged by its own events: no URL rewriting per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Menus and footer are cached until content changes (home/content_version.py). A shared cache
# (Redis) tells every worker at once; a per-process cache cannot, so fragments there expire soon.
SHARED_FRAGMENT_SECONDS = env.int("SHARED_FRAGMENT_SECONDS", default=3600 if env("REDIS_URL", default="") else 60)

vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Invest in Lombardy <noreply@investinlombardy.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="lombardy")
# "full" uses the language analyzers of a standard distribution; "builtin" only what a bare
# cluster without the analysis-common module offers (see docs/elasticsearch.md).
ELASTICSEARCH_ANALYSIS = env("ELASTICSEARCH_ANALYSIS", default="full")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The catalogue's search engines by name (opportunities/catalogue_engines.py): named by path because
# they sit in search/, above the catalogue, which never imports them.
CATALOGUE_SEARCH_ENGINES = {
    "database": "search.backends.database.DatabaseCatalogueEngine",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchCatalogueEngine",
}
# Which one answers the catalogue; the database answers when it fails.
CATALOGUE_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"
# After this many failures in a row, Elasticsearch is skipped for the cool-down (seconds).
ELASTICSEARCH_BREAKER_FAILURES = env.int("ELASTICSEARCH_BREAKER_FAILURES", default=3)
ELASTICSEARCH_BREAKER_COOLDOWN = env.float("ELASTICSEARCH_BREAKER_COOLDOWN", default=30.0)
ELASTICSEARCH_REPLICAS = env.int("ELASTICSEARCH_REPLICAS", default=0)

# Background work (docs/operations-worker.md). Tasks run in the request here; production hands them
# to `manage.py db_worker`. E-mails are stored and retried (jobs/mail.py): doubling delays from a
# minute up to six hours, given up and listed for staff after JOBS_MAIL_MAX_ATTEMPTS failures.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
JOBS_MAIL_MAX_ATTEMPTS = env.int("JOBS_MAIL_MAX_ATTEMPTS", default=12)
JOBS_MAIL_RETRY_BASE_SECONDS = 60
JOBS_MAIL_RETRY_MAX_SECONDS = 6 * 60 * 60
JOBS_MAIL_KEEP_SENT_DAYS = 7
# /healthz calls the worker or the scheduler degraded when not seen for this long (seconds).
JOBS_HEARTBEAT_MAX_AGE = env.int("JOBS_HEARTBEAT_MAX_AGE", default=5 * 60)
# Management commands run by `manage.py run_schedules` (jobs/schedule.py), by name; offsets in UTC.
# Saved searches (alerts/): how long a confirmation link works, and saves per hour and address.
ALERTS_CONFIRM_LINK_MAX_AGE = env.int("ALERTS_CONFIRM_LINK_MAX_AGE", default=7 * 24 * 3600)
ALERTS_RATE_LIMIT_PER_IP = env.int("ALERTS_RATE_LIMIT_PER_IP", default=10)
# Answers to "Was this page useful?" per hour and address (feedback/).
FEEDBACK_RATE_LIMIT_PER_IP = env.int("FEEDBACK_RATE_LIMIT_PER_IP", default=20)
JOB_SCHEDULE = {
    "publish_scheduled": {"every_seconds": 60},
    "send_due_mail": {"every_seconds": 60},
    "send_due_webhooks": {"every_seconds": 60},
    "check_opportunity_freshness": {"every_seconds": 24 * 3600, "offset_seconds": (5 * 60 + 15) * 60},
    "purge_expired_leads": {"every_seconds": 24 * 3600, "offset_seconds": 3 * 3600},
    # 02:00 UTC: a level that depends on the date (facts verified in the last six months) drops on the day.
    "recompute_readiness": {"every_seconds": 24 * 3600, "offset_seconds": 2 * 3600},
    # Saved-search digests at 07:00 UTC, once the night's changes are in.
    "send_alerts": {"every_seconds": 24 * 3600, "offset_seconds": 7 * 3600},
    # The desk's morning digest at 06:00 UTC (07:00 or 08:00 in Milan), and task reminders.
    "desk_digest": {"every_seconds": 24 * 3600, "offset_seconds": 6 * 3600},
    "desk_reminders": {"every_seconds": 15 * 60},
}
if ELASTICSEARCH_URL:
    JOB_SCHEDULE["reconcile"] = {"every_seconds": 3600, "offset_seconds": 10 * 60}
if ELASTICSEARCH_URL:
    # The database index is kept too: site search falls back to it when the cluster fails.
    WAGTAILSEARCH_BACKENDS = {
        "default": wagtail_backend_settings(ELASTICSEARCH_URL, ELASTICSEARCH_INDEX_PREFIX, ELASTICSEARCH_ANALYSIS),
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }

WAGTAIL_SITE_NAME = "Invest in Lombardy"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The address visitors use (https://www.example.org): canonical, og:url, hreflang, the sitemap, the
# API's html_url and links in e-mails are built on it, never on the Site's hostname and port
# (home/public_urls.py). Empty: WAGTAILADMIN_BASE_URL, read when a link is built.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default="")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "zip"]
# Documents are served by the site so that permissions (and later, signed links) apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin makes no request outside the site: no Gravatar, no upgrade check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Security headers on every response; production adds HSTS and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views relax this to SAMEORIGIN for themselves.
X_FRAME_OPTIONS = "DENY"

MAP_TILE_URL = env("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", default="© OpenStreetMap contributors")


def _origin(url):
    """The scheme://host[:port] part of a URL, as CSP source lists want it."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


_media_origins = [o for o in [_origin(env("AWS_S3_ENDPOINT_URL", default="")), _origin(MEDIA_URL)] if o]
_tile_origin = _origin(MAP_TILE_URL.replace("{s}", "a"))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_media_origins, *([_tile_origin] if _tile_origin else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *_media_origins],
        # Videos load only when the visitor asks for them (see home/blocks.py VideoBlock).
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Leads: who is told of each new lead, how long leads are kept, links and abuse limits.
LEADS_NOTIFY_EMAILS = env.list("LEADS_NOTIFY_EMAILS", default=[])
# Told of every owner's answer on the noticeboard (noticeboard/); the leads' addresses unless set.
NOTICEBOARD_NOTIFY_EMAILS = env.list("NOTICEBOARD_NOTIFY_EMAILS", default=LEADS_NOTIFY_EMAILS)
# Lifetime of the link asking a visitor to agree that a demand from their saved search be published.
NOTICEBOARD_AGREEMENT_LINK_MAX_AGE = env.int("NOTICEBOARD_AGREEMENT_LINK_MAX_AGE", default=14 * 24 * 3600)
# Days a proposal's private address works unless staff set another date (proposals/).
PROPOSALS_VALID_DAYS = env.int("PROPOSALS_VALID_DAYS", default=30)
LEADS_RETENTION_DAYS = env.int("LEADS_RETENTION_DAYS", default=730)
LEADS_DOWNLOAD_LINK_MAX_AGE = env.int("LEADS_DOWNLOAD_LINK_MAX_AGE", default=15 * 60)
LEADS_EMAIL_LINK_MAX_AGE = env.int("LEADS_EMAIL_LINK_MAX_AGE", default=24 * 60 * 60)
LEADS_RATE_LIMIT_PER_IP = env.int("LEADS_RATE_LIMIT_PER_IP", default=20)
LEADS_RATE_LIMIT_PER_EMAIL = env.int("LEADS_RATE_LIMIT_PER_EMAIL", default=5)
# Leads can be assigned only to active members of this group (shipped by staff/, docs/staff-roles.md).
LEADS_ASSIGNEE_GROUP = "Investment desk"
LEADS_FORM_MIN_SECONDS = 2
LEADS_FORM_MAX_AGE = 2 * 60 * 60

# The investment desk (docs/desk.md): first reply due by the office's closing time, this many working days
# (Italian calendar plus the office's local holidays, "MM-DD": Sant'Ambrogio in Milan) after a request arrives.
DESK_FIRST_RESPONSE_WORKING_DAYS = env.int("DESK_FIRST_RESPONSE_WORKING_DAYS", default=2)
DESK_OFFICE_CLOSES = env("DESK_OFFICE_CLOSES", default="18:00")
DESK_LOCAL_HOLIDAYS = env.list("DESK_LOCAL_HOLIDAYS", default=["12-07"])
DESK_ACKNOWLEDGE_ENQUIRERS = env.bool("DESK_ACKNOWLEDGE_ENQUIRERS", default=True)
# Addresses at these services name no employer: the company is then matched by the name typed in the form.
DESK_PERSONAL_EMAIL_DOMAINS = env.list(
    "DESK_PERSONAL_EMAIL_DOMAINS",
    default=[
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.it",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.it",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "tim.it",
        "qq.com",
        "163.com",
    ],
)

# Retention (leads/privacy.py), in days counted from the last activity on each record (a form sent, a
# call, a stage move), not its last edit: the daily purge_expired_leads deletes what has been quiet longer.
# Leads: LEADS_RETENTION_DAYS above.
PRIVACY_RETENTION_DAYS = {
    "contacts": env.int("PRIVACY_RETENTION_CONTACTS_DAYS", default=730),
    "companies": env.int("PRIVACY_RETENTION_COMPANIES_DAYS", default=5 * 365),
    "projects": env.int("PRIVACY_RETENTION_PROJECTS_DAYS", default=5 * 365),
    "activities": env.int("PRIVACY_RETENTION_ACTIVITIES_DAYS", default=5 * 365),
}

# Webhooks (docs/webhooks.md): retries double from the base delay up to the maximum; delivered payloads
# (personal data) are deleted after a month. Private and loopback destinations are refused unless allowed.
WEBHOOKS_TIMEOUT_SECONDS = env.int("WEBHOOKS_TIMEOUT_SECONDS", default=10)
WEBHOOKS_MAX_ATTEMPTS = env.int("WEBHOOKS_MAX_ATTEMPTS", default=10)
WEBHOOKS_RETRY_BASE_SECONDS = env.int("WEBHOOKS_RETRY_BASE_SECONDS", default=60)
WEBHOOKS_RETRY_MAX_SECONDS = env.int("WEBHOOKS_RETRY_MAX_SECONDS", default=6 * 3600)
WEBHOOKS_KEEP_DELIVERED_DAYS = env.int("WEBHOOKS_KEEP_DELIVERED_DAYS", default=30)
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", default=False)

# Owners' portal: sign-in by a one-time e-mail link (django-sesame), and the catalogue's freshness rules.
# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "sesame.backends.ModelBackend",
]
SESAME_MAX_AGE = env.int("OWNERS_SIGN_IN_LINK_MAX_AGE", default=30 * 60)
SESAME_ONE_TIME = True
OPPORTUNITIES_RECONFIRM_AFTER_DAYS = env.int("OPPORTUNITIES_RECONFIRM_AFTER_DAYS", default=182)
OPPORTUNITIES_STALE_AFTER_DAYS = env.int("OPPORTUNITIES_STALE_AFTER_DAYS", default=365)
OPPORTUNITIES_HIDE_AFTER_GRACE_DAYS = env.int("OPPORTUNITIES_HIDE_AFTER_GRACE_DAYS", default=30)
OPPORTUNITIES_RECONFIRM_LINK_MAX_AGE = env.int("OPPORTUNITIES_RECONFIRM_LINK_MAX_AGE", default=60 * 24 * 60 * 60)
# Shortlist additions and removals per hour and address before HTTP 429 (home/rate_limits.py).
OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP = env.int("OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP", default=120)
# How long a shared shortlist's signed link opens (opportunities/shortlist_share.py), seconds.
OPPORTUNITIES_SHORTLIST_SHARE_MAX_AGE = env.int("OPPORTUNITIES_SHORTLIST_SHARE_MAX_AGE", default=30 * 24 * 3600)
# "Send the shortlist to the team" is a lead form: the catalogue reaches it by path, as leads/ sits above it.
OPPORTUNITIES_SHORTLIST_ENQUIRY = "leads.shortlist_enquiry.ShortlistEnquiry"
# Indicator values of a year more than this many years ago are marked as older figures (indicators/).
INDICATORS_MAX_AGE_YEARS = env.int("INDICATORS_MAX_AGE_YEARS", default=3)

# Staff security (docs/staff-roles.md). The client's address is the N-th X-Forwarded-For entry from
# the right behind N trusted reverse proxies, REMOTE_ADDR with none (home/client_address.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Second factor (TOTP, recovery codes) for the groups that read leads or decide on owner submissions
# and for superusers: they hold the wagtailadmin.enable_2fa permission (staff/migrations).
WAGTAIL_2FA_REQUIRED = env.bool("WAGTAIL_2FA_REQUIRED", default=True)
WAGTAIL_2FA_OTP_TOTP_NAME = env("WAGTAIL_2FA_OTP_TOTP_NAME", default="Invest in Lombardy")
# Login lockout: after AXES_FAILURE_LIMIT wrong passwords for one account, or from one address.
AXES_FAILURE_LIMIT = env.int("STAFF_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("STAFF_LOGIN_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_ip"
AXES_LOCKOUT_TEMPLATE = "staff/lockout.html"
# Staff sessions end after this much inactivity, and this long after sign-in whatever happens.
# Visitors' sessions (the forms' lead, the shortlist) keep Django's lifetime.
STAFF_SESSION_IDLE_SECONDS = env.int("STAFF_SESSION_IDLE_SECONDS", default=30 * 60)
STAFF_SESSION_MAX_SECONDS = env.int("STAFF_SESSION_MAX_SECONDS", default=12 * 60 * 60)
# Rate limits (home/rate_limits.py) count in the default cache; an unreachable cache lets requests through.
RATELIMIT_FAIL_OPEN = True
OWNERS_RATE_LIMIT_PER_IP = env.int("OWNERS_RATE_LIMIT_PER_IP", default=30)
if not env("REDIS_URL", default=""):
    # The embedded default counts per process in local memory: enough for one server.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL or WAGTAILADMIN_BASE_URL

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Cross-origin access to the API only, and only for the origins listed: none by default.
CORS_ALLOWED_ORIGINS = env.list("API_CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/v2/"
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
# Public read endpoints may be cached this long by browsers and shared caches (seconds).
API_CACHE_MAX_AGE = env.int("API_CACHE_MAX_AGE", default=300)

# Headless preview: editors preview drafts in an external front end at this address. Off when empty.
HEADLESS_PREVIEW_URL = env("HEADLESS_PREVIEW_URL", default="")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": HEADLESS_PREVIEW_URL} if HEADLESS_PREVIEW_URL else {},
    "REDIRECT_ON_PREVIEW": True,
    "ENFORCE_TRAILING_SLASH": False,
}
if _origin(HEADLESS_PREVIEW_URL):
    # The admin's preview panel frames the external front end.
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"].append(_origin(HEADLESS_PREVIEW_URL))

# Each request gets an id, sent back in X-Request-ID and written in every log line of the request.
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"
if TRUSTED_PROXY_COUNT:
    # Only a trusted proxy (or load balancer) sets X-Request-ID, so its id ties both logs together;
    # without one, a visitor could choose the id of their own log lines.
    LOG_REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"
    GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
LOG_REQUESTS = env.bool("LOG_REQUESTS", default=False)

# "text" is for people (development), "json" one object a line for log collectors (production's default).
LOG_FORMAT = env("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "log_request_id.filters.RequestIDFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(process)d %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "elastic_transport": {"level": "WARNING"},
        # Immediate tasks log each run at INFO: noise in a console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", default="WARNING")},
        # WeasyPrint logs each step and every screen-only CSS rule it skips; a refused fetch is an ERROR.
        "weasyprint": {"level": "ERROR"},
    },
}
