"""Middleware of our own: the admin's security policy, and locale redirects only for pages."""

from django.middleware import locale as django_locale

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Paths that live outside the /en/ and /it/ prefixes (/p/: a proposal's private address).
UNPREFIXED_PATHS = (*ADMIN_PREFIXES, "/api/", "/documents/", "/media/", "/static/", "/healthz", "/sitemap.xml", "/p/")


class AdminContentSecurityPolicyMiddleware:
    """The public site runs under a strict Content-Security-Policy (no inline scripts).

    Wagtail's admin still relies on inline scripts and styles in places, so its pages get a
    relaxed policy; public pages keep the strict one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            response._csp_update = {
                "script-src": ["'unsafe-inline'", "'unsafe-eval'"],
                "style-src": ["'unsafe-inline'"],
                "img-src": ["blob:", "https:"],
            }
        return response


class LocaleMiddleware(django_locale.LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect outside the public pages.

    Django redirects a 404 at /x to /en/x when that would resolve, and Wagtail's catch-all
    pattern resolves everything: an API client asking for a missing page would be sent to
    an HTML page instead of getting its 404.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
