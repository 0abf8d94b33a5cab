from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from feedback import report
from feedback.forms import PageFeedbackForm


@hooks.register("after_page_content")
def page_feedback_question(context):
    """'Was this page useful?' below every page but the home page, never in an editor's preview."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or page.depth <= 2 or getattr(request, "is_preview", False):
        return ""
    if not getattr(page, "asks_for_feedback", True):
        return ""
    form = PageFeedbackForm(initial={"page": page.pk}, auto_id="feedback_%s")
    return render_to_string("feedback/widget.html", {"form": form}, request=request)


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path("reports/page-feedback/", report.summary_view, name="page_feedback"),
        path("reports/page-feedback/<int:page_id>/", report.comments_view, name="page_feedback_comments"),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(report.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackMenuItem(_("Page feedback"), reverse("page_feedback"), icon_name="help", order=820)
