"""Where cached pages live: one entry per URL and language, in the cache alias settings.PAGE_CACHE_ALIAS.

An entry's key holds two tokens kept in the same cache: the generation (changed to purge every page at
once, when a menu, a setting or a taxonomy changes) and the version of the entry's path (changed to purge
one page, with all its query-string variants). Purging is replacing a token, so every process sharing
the cache (Redis in production) stops using the old entries at once; they expire on their own. A token
that has gone missing (evicted, cache restarted) is replaced by a new random one, never a fixed default,
so an eviction can only purge, never bring an old entry back.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "pagecache:generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _path_key(path):
    # By path alone: the default site answers under every allowed host name, and a purge must reach all.
    return "pagecache:path:" + hashlib.sha256(path.encode()).hexdigest()[:32]


def _new_token():
    return uuid.uuid4().hex[:12]


def _tokens(path):
    """The generation and the path's version, from one cache round trip when both exist."""
    cache = page_cache()
    path_key = _path_key(path)
    found = cache.get_many([GENERATION_KEY, path_key])
    tokens = []
    for key in (GENERATION_KEY, path_key):
        token = found.get(key)
        if token is None:
            # `add` keeps the first token when two requests race to create one.
            cache.add(key, _new_token(), timeout=None)
            token = cache.get(key) or _new_token()
        tokens.append(token)
    return tokens


def entry_key(request):
    """The key of the page this request asks for: scheme, host, path, query string and language."""
    generation, version = _tokens(request.path)
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{request.LANGUAGE_CODE}"
    return f"pagecache:page:{generation}:{version}:" + hashlib.sha256(url.encode()).hexdigest()


def get(key):
    return page_cache().get(key)


def put(key, entry):
    page_cache().set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)


def purge_paths(paths):
    """Retires the cached pages at these paths, whatever their host, query string or language."""
    keys = {_path_key(path): _new_token() for path in paths}
    if keys:
        page_cache().set_many(keys, timeout=None)


def purge_everything():
    page_cache().set(GENERATION_KEY, _new_token(), timeout=None)
