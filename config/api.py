"""The public, read-only Wagtail API v2 (/api/v2/): pages, images and documents.

Only live, public pages are served (Wagtail's pages endpoint filters them); each page type lists
what it exposes in `api_fields`. `?locale=it` and `?translation_of=<id>` come with Wagtail.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
