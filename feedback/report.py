"""Editors' report "Page feedback": yes and no answers per page and language, and each page's comments."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from feedback.models import PageFeedback

PERMISSION = "feedback.view_pagefeedback"


def _require_permission(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def summary_view(request):
    _require_permission(request)
    rows = (
        PageFeedback.objects.values("page")
        .annotate(
            # Named apart from the model's fields, which the filters below refer to.
            yes_count=Count("pk", filter=Q(useful=True)),
            no_count=Count("pk", filter=Q(useful=False)),
            comment_count=Count("pk", filter=~Q(comment="")),
            last=Max("created_at"),
        )
        .order_by("-last")
    )
    listing = Paginator(rows, 50).get_page(request.GET.get("p"))
    pages = Page.objects.select_related("locale").in_bulk([row["page"] for row in listing])
    for row in listing:
        row["page"] = pages[row["page"]]
    return TemplateResponse(
        request,
        "feedback/admin/summary.html",
        {"page_title": _("Page feedback"), "header_icon": "help", "listing": listing},
    )


def comments_view(request, page_id):
    _require_permission(request)
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
    answers = Paginator(PageFeedback.objects.filter(page=page), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "feedback/admin/comments.html",
        {"page_title": _("Page feedback"), "header_icon": "help", "about": page, "answers": answers},
    )
