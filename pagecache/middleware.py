"""The page cache's two middleware, in Django's own split (UpdateCacheMiddleware/FetchFromCacheMiddleware).

FetchFromPageCacheMiddleware sits after the session, CSRF, authentication and message middleware and
answers a hit before anything below it runs (no database query). UpdatePageCacheMiddleware sits near the
top, so it sees the response as it leaves, cookies included, and decides whether it may be stored.
GZipMiddleware sits above both: a page is stored uncompressed and compressed per response, so Django's
BREACH mitigation (random bytes in each gzip header) stays per response.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response

from pagecache import csrf_tokens, headers, store


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
        request.page_cache_key = store.entry_key(request)
        entry = store.get(request.page_cache_key)
        if entry is None:
            return self.get_response(request)
        request.page_cache_hit = True
        return _response_from(entry, request)


def _response_from(entry, request):
    content = csrf_tokens.with_token(entry["content"], request) if entry["csrf"] else entry["content"]
    response = HttpResponse(content)
    for name, value in entry["headers"]:
        response.headers[name] = value
    response.headers["X-Page-Cache"] = "hit"
    if entry["etag"]:
        response.headers["ETag"] = entry["etag"]
        response = get_conditional_response(request, etag=entry["etag"], response=response)
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
