"""Admin of owner submissions (a snippet with staff decisions) and the owner's "your site is live" e-mail."""

from django.dispatch import receiver
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.models import OpportunityPage, OwnerSubmission
from opportunities.views import owner_template
from owners import admin_views, entry
from owners import services as owner_services


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
            path("template/", owner_template, name="template"),
            path("accept/<int:pk>/", admin_views.accept_view, name="accept"),
            path("decide/<int:pk>/<str:action>/", admin_views.decision_view, name="decide"),
            path("files/<int:pk>/", admin_views.files_view, name="files"),
            path("files/<int:pk>/<str:key>/", admin_views.file_download, name="file"),
        ]


register_snippet(OwnerSubmissionViewSet)


@hooks.register("register_snippet_listing_buttons")
def decision_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, OwnerSubmission):
        return
    yield ListingButton(
        _("Files"), reverse("wagtailsnippets_opportunities_ownersubmission:files", args=[snippet.pk]), priority=4
    )
    if snippet.opportunity_id is not None:
        return
    yield ListingButton(
        _("Accept into a draft"),
        reverse("wagtailsnippets_opportunities_ownersubmission:accept", args=[snippet.pk]),
        priority=5,
    )
    actions = [("changes", _("Request changes")), ("reject", _("Reject"))]
    if snippet.status == OwnerSubmission.Status.SUBMITTED:
        actions.insert(0, ("validate", _("Start validation")))
    if snippet.status != OwnerSubmission.Status.REJECTED:
        for action, label in actions:
            yield ListingButton(
                label,
                reverse("wagtailsnippets_opportunities_ownersubmission:decide", args=[snippet.pk, action]),
                priority=6,
            )


@receiver(page_published, sender=OpportunityPage)
def tell_owner_when_published(sender, instance, **kwargs):
    """The owner hears once that the site proposed is live (first publication only)."""
    if instance.first_published_at and instance.last_published_at != instance.first_published_at:
        return
    for submission in OwnerSubmission.objects.filter(opportunity__translation_key=instance.translation_key):
        if instance.locale_id == submission.opportunity.locale_id:
            owner_services.notify_owner(submission, "published")


hooks.register("home_page_entries", entry.home_entry)
hooks.register("after_page_content", entry.below_the_catalogue)
hooks.register("footer_links", entry.footer_link)
