"""The noticeboard in the admin (notices and answers, moderated by status) and its link on the home
page and the catalogue, which sit below this app and show it through core's `after_page_content`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.content_version import kept
from home.models import HomePage
from noticeboard import agreement
from noticeboard.models import Answer, Notice, NoticeboardPage
from opportunities.models import OpportunityIndexPage


class AgreementColumn(Column):
    """A demand from a saved search: agreed (and when), or a link to ask the visitor."""

    def get_value(self, instance):
        if instance.saved_search_id is None:
            return ""
        if instance.visitor_agreed_at:
            return _("Agreed")
        url = reverse("noticeboard_ask_agreement", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, _("Ask the visitor"))


class NoticeViewSet(SnippetViewSet):
    model = Notice
    icon = "clipboard-list"
    list_display = [
        "title",
        "kind",
        Column("status", label=_("Moderation"), accessor="get_status_display"),
        AgreementColumn("agreement", label=_("Visitor's agreement")),
        "created_at",
    ]
    list_filter = ["kind", "status", "province"]
    search_fields = ["title", "summary"]


class AnswerPermissionPolicy(ModelPermissionPolicy):
    """Answers come from owners in the portal: staff moderate them, they never write one."""

    def user_has_permission(self, user, action):
        return action not in {"add", "copy"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AnswerViewSet(SnippetViewSet):
    model = Answer
    icon = "mail"
    permission_policy = AnswerPermissionPolicy(Answer)
    copy_view_enabled = False
    list_display = [
        "site",
        "notice",
        "proponent",
        Column("status", label=_("Moderation"), accessor="get_status_display"),
        "created_at",
    ]
    list_filter = ["status"]


class NoticeboardSnippets(SnippetViewSetGroup):
    items = (NoticeViewSet, AnswerViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Noticeboard")
    menu_name = "noticeboard"
    menu_order = 240
    add_to_admin_menu = True


register_snippet(NoticeboardSnippets)


def ask_agreement(request, pk):
    """GET confirms, POST e-mails the visitor of the saved search the demand's text and the link to agree."""
    if not request.user.has_perm("noticeboard.change_notice"):
        raise PermissionDenied
    notice = get_object_or_404(Notice.objects.select_related("saved_search"), pk=pk, saved_search__isnull=False)
    if request.method == "POST":
        agreement.ask(notice)
        messages.success(request, _("The visitor has been asked; the demand can be published once they agree."))
        return redirect("wagtailsnippets_noticeboard_notice:list")
    context = {"notice": notice, "page_title": _("Ask the visitor's agreement"), "header_icon": "mail"}
    return TemplateResponse(request, "noticeboard/admin/ask_agreement.html", context)


@hooks.register("register_admin_urls")
def register_agreement_url():
    return [path("noticeboard/<int:pk>/ask-agreement/", ask_agreement, name="noticeboard_ask_agreement")]


@hooks.register("after_page_content")
def noticeboard_link(context):
    """On the home page and the catalogue: where demands and offers are posted, in the page's language."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, HomePage | OpportunityIndexPage) or getattr(request, "is_preview", False):
        return ""

    # Kept with the menus' fragments (retired on every publish): the home page's query budget has no room.
    def link():
        found = NoticeboardPage.objects.live().public().filter(locale_id=page.locale_id).first()
        return {"url": found.get_url(request), "title": found.title} if found else {}

    board = kept(f"noticeboard-link:{page.locale_id}", link)
    if not board:
        return ""
    return render_to_string("noticeboard/includes/link.html", {"board": board}, request=request)
