"""Local development: the embedded default, debug on, a fixed key that never leaves this machine."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SERVE_MEDIA = True
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=f"http://127.0.0.1:{env('PORT', default='8000')}")
# `make run` signs the demo admin in with a password only; set it to true to try the second factor.
WAGTAIL_2FA_REQUIRED = env.bool("WAGTAIL_2FA_REQUIRED", default=False)
# A receiver on this machine (http://127.0.0.1:...) can be tried in development; production refuses it.
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", default=True)
