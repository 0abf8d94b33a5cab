"""Admin report of background work: e-mails that failed, and the scheduler's last runs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from jobs import mail
from jobs.models import OutboxMessage, ScheduledJob
from jobs.schedule import configured_jobs

LISTED = 200


def failing_messages():
    return (
        OutboxMessage.objects.exclude(status=OutboxMessage.SENT)
        .filter(attempts__gt=0)
        .order_by("-status", "created_at")
    )


def report_view(request):
    if not request.user.has_perm("jobs.view_outboxmessage"):
        raise PermissionDenied
    states = ScheduledJob.objects.in_bulk()
    return TemplateResponse(
        request,
        "jobs/admin/report.html",
        {
            "page_title": _("Background jobs"),
            "header_icon": "cogs",
            "failing": failing_messages()[:LISTED],
            "can_retry": request.user.has_perm("jobs.change_outboxmessage"),
            "jobs": [(job, states.get(job.name)) for job in configured_jobs()],
        },
    )


@require_POST
def send_again_view(request):
    if not request.user.has_perm("jobs.change_outboxmessage"):
        raise PermissionDenied
    ids = [value for value in request.POST.getlist("message") if value.isdigit()]
    if not ids:
        messages.error(request, _("Choose at least one e-mail to send again."))
        return redirect("jobs_report")
    count = mail.send_again(ids)
    messages.success(
        request,
        ngettext(
            "%(count)s e-mail will be sent again in a moment.",
            "%(count)s e-mails will be sent again in a moment.",
            count,
        )
        % {"count": count},
    )
    return redirect("jobs_report")
