from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.router import api_router
from api.views import api_not_found
from config.health import healthz
from home.sitemap import sitemap_view

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("healthz", healthz, name="healthz"),
    # Outside the language prefixes: the API filters by ?locale= instead.
    path("api/v2/", include("api.urls")),
    path("api/v2/", api_router.urls),
    re_path(r"^api/", api_not_found),
    # A proposal's private address, in its own language whatever the visitor's (proposals/views.py).
    path("p/", include("proposals.urls")),
]

if settings.SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Every public page lives under /en/ or /it/; "/" is redirected by LocaleMiddleware to the
# language the browser prefers, English otherwise.
urlpatterns += i18n_patterns(
    path("booklets/", include("leads.urls")),
    path("feeds/", include("news.urls")),
    path("", include("owners.urls")),
    path("", include("alerts.urls")),
    path("", include("noticeboard.urls")),
    path("search/", include("search.urls")),
    path("feedback/", include("feedback.urls")),
    path("", include("indicators.urls")),
    path("api/", include("api.docs_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
# Under /api/ the API's JSON error shape, elsewhere the site's page (home.views.server_error).
handler500 = "api.views.server_error"
