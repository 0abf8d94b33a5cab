"""The page cache's two middleware, in Django's own split (UpdateCacheMiddleware/FetchFromCacheMiddleware).

FetchFromPageCacheMiddleware sits after the session, CSRF, authentication and message middleware and
answers a hit before anything below it runs (no database query). UpdatePageCacheMiddleware sits near the
top, so it sees the response as it leaves, cookies included, and decides whether it may be stored.
GZipMiddleware sits above both: a page with a CSRF token is stored uncompressed and compressed per
response, so Django's BREACH mitigation (random bytes in each gzip header) stays per response; a page
without one holds no secret and is also stored compressed, once.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile

from pagecache import csrf_tokens, fresh_fields, headers, store

# GZipMiddleware's own test of the request's Accept-Encoding.
_ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def may_serve_from_cache(request):
    """A request that carries no visitor state: no session, no messages, no credentials."""
    if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
        return False
    if not request.path.startswith(_language_prefixes()):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not any(name in request.COOKIES for name in settings.PAGE_CACHE_PERSONAL_COOKIES)


class FetchFromPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_serve_from_cache(request):
            return self.get_response(request)
        request.page_cache_key, entry = store.lookup(request)
        if entry is None:
            return self.get_response(request)
        request.page_cache_hit = True
        return _response_from(entry, request)


def _response_from(entry, request):
    etag = entry["etag"]
    if entry["gzip"] and _ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        # GZipMiddleware leaves a response that is already encoded alone.
        response = HttpResponse(entry["gzip"])
        response.headers["Content-Encoding"] = "gzip"
        etag = f"W/{etag}"  # as GZipMiddleware marks the ETag of what it compresses
    elif entry["csrf"]:
        response = HttpResponse(fresh_fields.with_values(csrf_tokens.with_token(entry["content"], request)))
    else:
        response = HttpResponse(entry["content"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    patch_vary_headers(response, ("Accept-Encoding",))
    response.headers["X-Page-Cache"] = "hit"
    if etag:
        response.headers["ETag"] = etag
        response = get_conditional_response(request, etag=etag, response=response)
    return response


class UpdatePageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "page_cache_hit", False):
            return response
        key = getattr(request, "page_cache_key", None)
        entry = headers.storable_entry(request, response) if key else None
        if entry is None:
            headers.mark_private(response)
            return response
        store.put(key, entry)
        response.headers["X-Page-Cache"] = "miss"
        return response
