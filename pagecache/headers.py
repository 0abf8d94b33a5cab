"""What may be stored, and the Cache-Control a browser, a CDN or a reverse proxy is told."""

import hashlib

from django.conf import settings
from django.utils.cache import patch_cache_control, quote_etag
from django.utils.text import compress_string

from pagecache import csrf_tokens, fresh_fields

# Set again on every response by the middleware above the cache (length after compression, request id).
_NOT_STORED = {"content-length", "etag", "x-request-id", "x-page-cache"}
_PERSONAL_DIRECTIVES = ("private", "no-cache", "no-store")


def storable_entry(request, response):
    """The cache entry for this response, or None when it must not be shown to anyone else.

    Only Wagtail pages (not the site's other views) answered 200 in HTML, setting no cookie but the
    CSRF one, and not marked private or uncacheable by their view.
    """
    match = request.resolver_match
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return None
    if match is None or match.url_name != "wagtail_serve":
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return None
    if any(directive in response.get("Cache-Control", "") for directive in _PERSONAL_DIRECTIVES):
        return None
    content = response.content
    if "CSRF_COOKIE" in request.META:
        content = csrf_tokens.without_tokens(content, request)
        if content is None:
            return None
    content = fresh_fields.without_values(content)
    # A page with a visitor's own token (CSRF, a form's one-time stamp) is served per visitor.
    has_form_token = csrf_tokens.PLACEHOLDER in content or fresh_fields.PLACEHOLDER in content
    etag = compressed = None
    if has_form_token:
        # Each visitor gets their own token: a shared cache (CDN, Varnish) must not keep this page.
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=settings.PAGE_CACHE_SECONDS,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        etag = quote_etag(hashlib.md5(content, usedforsecurity=False).hexdigest())
        response.headers["ETag"] = etag
        # Compressed once: a page without a token holds no secret a BREACH attack could read, so the
        # random bytes of its gzip header need not change per response.
        compressed = compress_string(content)
    stored_headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_STORED]
    return {"content": content, "gzip": compressed, "headers": stored_headers, "csrf": has_form_token, "etag": etag}


def mark_private(response):
    """An HTML response that was not stored may be personal: no shared cache keeps it."""
    if response.get("Content-Type", "").startswith("text/html") and not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
