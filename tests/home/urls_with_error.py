"""The site's URLs plus one view that fails, to see the 500 page in each language."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from config.urls import handler404, handler500  # noqa: F401
from config.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = [*i18n_patterns(path("boom/", boom)), *site_urlpatterns]
