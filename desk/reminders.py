"""Task reminders: each task's assignee is mailed once when its reminder time comes."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation

from desk.models import Activity
from desk.people import user_language
from home.emails import render_subject
from jobs import mail


def send_due(now=None):
    """Returns how many reminders were stored in the outbox."""
    now = now or timezone.now()
    due = Activity.objects.filter(
        kind=Activity.Kind.TASK, done_at__isnull=True, reminded_at__isnull=True, remind_at__lte=now
    ).select_related("assignee")
    sent = 0
    for task in due:
        if task.assignee is not None and task.assignee.email:
            _send(task)
            sent += 1
        Activity.objects.filter(pk=task.pk).update(reminded_at=now)
    return sent


def _send(task):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("desk_activity:edit", args=[task.pk])
    with translation.override(user_language(task.assignee)):
        context = {
            "task": task,
            "due": formats.date_format(timezone.localtime(task.due_at), "DATETIME_FORMAT"),
            "time_zone": settings.TIME_ZONE,
            "admin_url": admin_url,
        }
        subject = render_subject("desk/email/reminder_subject.txt", context)
        body = render_to_string("desk/email/reminder_body.txt", context)
    mail.send(subject, body, [task.assignee.email])
