"""The public, read-only Wagtail API v2 (/api/v2/): pages, images, documents and previews.

Only live, public pages are served (Wagtail's pages endpoint filters them), minus catalogue sites
whose owner has not agreed to publication, which the site itself does not show either. Documents
in a collection with a view restriction are left out. Each page type lists what it exposes in
`api_fields`. `?locale=it` and `?translation_of=<id>` come with Wagtail.

Every endpoint answers in the request's language, sends Cache-Control and an ETag, and reports
errors in the shape of api.errors.
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.exceptions import NotFound
from taggit.managers import _TaggableManager
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from api.errors import TranslatedQueryError, query_error_message
from api.http import in_request_language, read_endpoint
from api.preview import PagePreviewAPIViewSet
from home.translation_state import untranslated_q
from search.query_text import search_terms

ERROR_CODES = {400: "invalid_query", 404: "not_found", 405: "method_not_allowed"}
ERROR_MESSAGES = {
    404: gettext_lazy("Nothing was found at this address."),
    405: gettext_lazy("This method is not allowed here."),
}
# Beyond this a listing is empty anyway, and the database cannot take much more (SQLite: 2**63).
MAX_OFFSET = 1_000_000


class PublicEndpointMixin:
    """Language, HTTP caching and the shared error shape for one of Wagtail's endpoints."""

    cacheable = True

    @classmethod
    def as_view(cls, actions=None, **initkwargs):
        view = super().as_view(actions, **initkwargs)
        return read_endpoint(view) if cls.cacheable else in_request_language(view)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        params = request._request.GET
        offset = params.get("offset", "0")
        if offset.isascii() and offset.isdigit() and int(offset) > MAX_OFFSET:
            raise TranslatedQueryError(_("offset cannot be higher than %(max)s") % {"max": MAX_OFFSET})
        if any("\x00" in value for values in params.lists() for value in values[1]):
            # PostgreSQL refuses a NUL byte in any text it is given (html_path, search...): a 500 otherwise.
            raise TranslatedQueryError(_("This query is not valid."))
        record = params.get("id")
        if record is not None and not (record.isascii() and record.isdigit()):
            # Wagtail's find views compare it with the primary key as it is: a word was a server error there.
            raise TranslatedQueryError(_("%(param)s must be a positive integer") % {"param": "id"})
        if "search" in params:
            # The search engine gets the words only, as on the site (search.query_text).
            params = params.copy()
            params["search"] = search_terms(params["search"])
            request._request.GET = params

    def handle_exception(self, exc):
        if isinstance(exc, OverflowError):  # an id beyond what the database stores: nothing there
            exc = NotFound()
        response = super().handle_exception(exc)
        status = response.status_code
        if isinstance(exc, BadRequestError):
            message = query_error_message(exc)
        else:
            # DRF's and Django's texts ("No Page matches the given query.") are not all translated.
            message = ERROR_MESSAGES.get(status) or response.data.get("detail") or ""
        code = ERROR_CODES.get(status, "error")
        response.data = {"error": {"status": status, "code": code, "message": str(message)}}
        return response


class PublicPagesAPIViewSet(PublicEndpointMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        from opportunities.models import OpportunityPage

        withheld = OpportunityPage.objects.filter(owner_consent=False).values("pk")
        # Untranslated copies (English content under ?locale=it) are no pages of that language
        # (home/translation_state.py); by id, a filter the search engines also take.
        untranslated = Page.objects.filter(untranslated_q()).values("pk")
        try:
            pages = super().get_base_queryset()
        except (Site.DoesNotExist, ValueError) as error:  # ?site= names no site, or a port that is no number
            raise TranslatedQueryError(_("No site has this host name and port.")) from error
        return pages.exclude(pk__in=withheld).exclude(pk__in=untranslated)

    def get_queryset(self):
        # Every listed page names its locale: one join rather than a query per page.
        return super().get_queryset().select_related("locale")


class PrefetchedTagsField(TagsField):
    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


def with_prefetched_tags(serializer_class):
    """Wagtail's image or document serializer, reading tags prefetched with the list."""

    class Serializer(serializer_class):
        def build_property_field(self, field_name, model_class):
            if isinstance(getattr(model_class, field_name), _TaggableManager):
                return PrefetchedTagsField, {}
            return super().build_property_field(field_name, model_class)

    return Serializer


def restricted_collections():
    """Collections with a view restriction, and every collection below them."""
    restricted = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    match = Q()
    for path in restricted:
        match |= Q(path__startswith=path)
    return Collection.objects.filter(match) if match else Collection.objects.none()


class PublicDocumentsAPIViewSet(PublicEndpointMixin, DocumentsAPIViewSet):
    base_serializer_class = with_prefetched_tags(DocumentSerializer)

    def get_queryset(self):
        restricted = restricted_collections()
        return super().get_queryset().exclude(collection__in=restricted).prefetch_related("tags")


class PublicImagesAPIViewSet(PublicEndpointMixin, ImagesAPIViewSet):
    base_serializer_class = with_prefetched_tags(ImageSerializer)

    def get_queryset(self):
        return super().get_queryset().prefetch_related("tags")


class PublicPagePreviewAPIViewSet(PublicEndpointMixin, PagePreviewAPIViewSet):
    cacheable = False  # drafts: never kept by a shared cache


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("page_preview", PublicPagePreviewAPIViewSet)
