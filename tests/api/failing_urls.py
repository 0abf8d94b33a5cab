"""The site's URLs plus two views that fail, one under /api/ and one on the site (test_server_errors)."""

from django.urls import path

from config.urls import handler404, handler500  # noqa: F401 - the site's handlers
from config.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("api/v2/failing/", fail), path("en/failing/", fail), *site_urlpatterns]
