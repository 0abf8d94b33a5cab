from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities import admin_views
from opportunities.models import OwnerSubmission


class OwnerSubmissionViewSet(SnippetViewSet):
    model = OwnerSubmission
    icon = "form"
    menu_label = _("Owner submissions")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["reference", "title", "proponent_email", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["reference", "title", "proponent_email"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", admin_views.import_view, name="import"),
            path("template/", admin_views.template_view, name="template"),
            path("accept/<int:pk>/", admin_views.accept_view, name="accept"),
        ]


register_snippet(OwnerSubmissionViewSet)


@hooks.register("register_snippet_listing_buttons")
def accept_button(snippet, user, next_url=None):
    if isinstance(snippet, OwnerSubmission) and snippet.opportunity_id is None:
        yield ListingButton(
            _("Accept into a draft"),
            reverse("wagtailsnippets_opportunities_ownersubmission:accept", args=[snippet.pk]),
            priority=5,
        )
