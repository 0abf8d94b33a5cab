"""The public site runs under a strict Content-Security-Policy (no inline scripts).

Wagtail's admin still relies on inline scripts and styles in places, so its pages get a
relaxed policy; public pages keep the strict one.
"""

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class AdminContentSecurityPolicyMiddleware:
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
