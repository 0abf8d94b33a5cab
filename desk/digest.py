"""The desk's morning e-mail: requests past their first-response target, those due today, tasks due,
aftercare follow-ups due."""

import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from desk.models import Activity, Inquiry, Investor
from desk.people import desk_members
from desk.working_days import is_working_day
from home.emails import render_subject
from jobs import mail


def contents(now=None):
    now = now or timezone.now()
    end_of_day = datetime.datetime.combine(timezone.localdate(now) + datetime.timedelta(days=1), datetime.time())
    end_of_day = timezone.make_aware(end_of_day)
    waiting = Inquiry.objects.filter(first_response_at__isnull=True, respond_by__isnull=False).select_related(
        "lead", "lead__assignee"
    )
    return {
        "overdue": list(waiting.filter(respond_by__lt=now)),
        "due_today": list(waiting.filter(respond_by__gte=now, respond_by__lt=end_of_day)),
        "tasks": list(
            Activity.objects.filter(kind=Activity.Kind.TASK, done_at__isnull=True, due_at__lt=end_of_day)
            .select_related("assignee")
            .order_by("due_at")
        ),
        "follow_ups": list(
            Investor.objects.filter(next_follow_up__lte=timezone.localdate(now)).select_related("company", "handler")
        ),
    }


def send(now=None):
    """Mails the digest to the desk on a working day with something in it; returns the message or None."""
    now = now or timezone.now()
    if not is_working_day(timezone.localdate(now)):
        return None
    context = contents(now)
    if not any(context.values()):
        return None
    recipients = [user.email for user in desk_members() if user.email]
    with translation.override(settings.LANGUAGE_CODE):
        context |= {
            "today": formats.date_format(timezone.localdate(now), "DATE_FORMAT"),
            "time_zone": settings.TIME_ZONE,
            "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        }
        subject = render_subject("desk/email/digest_subject.txt", context)
        body = render_to_string("desk/email/digest_body.txt", context)
    return mail.send(subject, body, recipients)
