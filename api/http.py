"""What every endpoint of the API shares: the language of a request, and HTTP caching of reads."""

import functools

from django.conf import settings
from django.middleware.http import ConditionalGetMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Only its response half is used, on the API's reads; the site's pages are not touched.
CONDITIONAL_GET = ConditionalGetMiddleware(get_response=lambda request: None)


def requested_locale(request):
    """The `?locale=` code if given (validated by the views), else Accept-Language, else English."""
    return request.GET.get("locale") or getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE


def in_request_language(view):
    """Runs the view in the request's language, so labels and error messages are translated."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        language = requested_locale(request)
        if language not in LANGUAGE_CODES:
            language = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
        with translation.override(language):
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()  # now, while the language is active
        response.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Accept-Language"])
        return response

    return wrapped


def cached_read(view):
    """Cache-Control, Vary and Django's conditional GET (ETag from the body, 304) for successful reads.

    `ConditionalGetMiddleware` gives the ETag (a strong hash of the body, so it changes exactly
    when what a client sees changes) and the 304 on a matching If-None-Match, for GET only (Django
    leaves HEAD alone: its body is empty); `Vary` lists what else chooses the body besides the URL
    (the negotiated format and language). Errors are left alone: they carry `no-store` (api/errors.py).
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()  # the ETag hashes the body, so it must exist now
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        patch_vary_headers(response, ["Accept", "Accept-Language"])
        return CONDITIONAL_GET.process_response(request, response)

    return wrapped


def read_only(view):
    """GET and HEAD only; anything else gets 405 in the API's error shape."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            from api.errors import method_not_allowed

            return method_not_allowed(["GET", "HEAD"])
        return view(request, *args, **kwargs)

    return wrapped


def read_endpoint(view):
    """A public read: in the request's language, GET/HEAD only, with Cache-Control and ETag."""
    # No CSRF check: nothing changes, and a POST must get the 405 above, not the site's 403 page.
    return csrf_exempt(in_request_language(read_only(cached_read(view))))
