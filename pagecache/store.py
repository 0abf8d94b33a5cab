"""Where cached pages live: one entry per URL and language, in the cache alias settings.PAGE_CACHE_ALIAS.

An entry holds the two tokens it was stored under, kept in the same cache: the generation (changed to
purge every page at once, when a menu, a setting or a taxonomy changes) and the version of the entry's
path (changed to purge one page, with all its query-string variants). An entry answers only while both
are still the current ones, so purging is replacing a token: every process sharing the cache (Redis in
production) stops using the old entries at once; they expire on their own. A hit reads both tokens and
the entry in one round trip. A token that has gone missing (evicted, cache restarted) is replaced by a
new random one, never a fixed default, so an eviction can only purge, never bring an old entry back.
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


def _current_token(key, found):
    token = found.get(key)
    if token is None:
        # `add` keeps the first token when two requests race to create one.
        page_cache().add(key, _new_token(), timeout=None)
        token = page_cache().get(key) or _new_token()
    return token


def lookup(request):
    """(where to store this request's page, the page stored there or None), in one cache round trip.

    The place is the entry's key (scheme, host, path, query string and language) with the tokens read
    now: a page rendered while a purge lands is stored under the tokens of its request's arrival."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{request.LANGUAGE_CODE}"
    key = "pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()
    path_key = _path_key(request.path)
    found = page_cache().get_many([GENERATION_KEY, path_key, key])
    tokens = [_current_token(GENERATION_KEY, found), _current_token(path_key, found)]
    entry = found.get(key)
    if entry is not None and entry.get("tokens") != tokens:
        entry = None
    return (key, tokens), entry


def put(place, entry):
    key, tokens = place
    page_cache().set(key, {**entry, "tokens": tokens}, timeout=settings.PAGE_CACHE_SECONDS)


def purge_paths(paths):
    """Retires the cached pages at these paths, whatever their host, query string or language."""
    keys = {_path_key(path): _new_token() for path in paths}
    if keys:
        page_cache().set_many(keys, timeout=None)


def purge_everything():
    page_cache().set(GENERATION_KEY, _new_token(), timeout=None)
