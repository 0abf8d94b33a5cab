"""Production: every secret comes from the environment and nothing insecure is defaulted."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, JOB_SCHEDULE, LOGGING, STORAGES, env

DEBUG = False

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is missing or shorter than 50 characters. Set it to a long random value, "
        'for example: python -c "import secrets; print(secrets.token_urlsafe(64))"'
    )
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is missing. Set it to the comma-separated host names the site answers to, "
        "for example: DJANGO_ALLOWED_HOSTS=www.investinlombardy.it,investinlombardy.it"
    )
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[f"https://{h}" for h in ALLOWED_HOSTS])
# Links given out (canonical, sitemap, API, e-mails) on the public address: by default the first allowed
# host over HTTPS, never the app server's own address.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default=f"https://{ALLOWED_HOSTS[0].lstrip('.')}")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PUBLIC_BASE_URL)
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL

SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# Hashed, compressed static files served by WhiteNoise: no CDN needed. collectstatic writes them to
# STATIC_ROOT, which every app server needs (built into the image or collected on each one).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")

# One JSON object a line, with the request id, for the log collector.
LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", default="json")

# Errors go to Sentry only when a DSN is given; visitors' personal data (addresses, cookies, form
# fields) is never sent.
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", default="production"),
        release=env("SENTRY_RELEASE", default=None),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )

# Tasks (e-mails, index updates) wait in the database for `manage.py db_worker` (deploy/systemd/).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
JOB_SCHEDULE = {**JOB_SCHEDULE, "prune_db_task_results": {"every_seconds": 24 * 3600, "offset_seconds": 4 * 3600}}
