"""Headless preview's API: the front end reads the draft from /api/v2/page_preview/?content_type=...&token=... .

The page mixin that stores the draft is the core's (home/preview.py). Without HEADLESS_PREVIEW_URL the
endpoint answers 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.views.decorators.cache import never_cache
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail_headless_preview.models import PagePreview

from home.preview import headless_preview_enabled


class PagePreviewAPIViewSet(PagesAPIViewSet):
    """The draft behind a preview token, serialised like a page of the pages endpoint."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["content_type", "token"])

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        return [path("", never_cache(cls.as_view({"get": "listing_view"})), name="listing")]

    def listing_view(self, request):
        page = self.get_object()
        self.action = "detail_view"  # every field, as for one page
        return Response(self.get_serializer(page).data)

    def get_object(self):
        from django.http import Http404

        if not headless_preview_enabled():
            raise Http404
        params = self.request.GET
        try:
            app_label, model = params["content_type"].split(".")
            content_type = ContentType.objects.get(app_label=app_label, model=model)
            signing.TimestampSigner(salt="headlesspreview.token").unsign(params["token"])
        except (KeyError, ValueError, ContentType.DoesNotExist, signing.BadSignature) as error:
            raise BadRequestError("content_type and a valid token are required") from error
        preview = PagePreview.objects.filter(content_type=content_type, token=params["token"]).first()
        if preview is None:
            raise Http404
        page = preview.as_page()
        if not page.pk:
            page.pk = 0  # a page never saved yet has no id; the serializer needs one
        return page
