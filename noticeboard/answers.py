"""Owners' answers to demands: which sites an owner may answer with, and the answer reaching staff."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.emails import render_subject
from jobs import mail
from noticeboard.models import Answer
from opportunities.models import OpportunityPage


class AlreadyAnswered(Exception):
    """The owner has already answered this demand with this site."""


def owner_sites(proponent):
    """The owner's own live sites: those published from their submissions in the portal."""
    return OpportunityPage.objects.live().filter(submissions__proponent=proponent).distinct().order_by("title")


def record(notice, proponent, site, message):
    """Stores the answer, waiting for moderation, and e-mails staff in the same transaction."""
    try:
        with transaction.atomic():
            answer = Answer.objects.create(notice=notice, proponent=proponent, site=site, message=message)
            notify_staff(answer)
    except IntegrityError as error:
        raise AlreadyAnswered from error
    return answer


def notify_staff(answer):
    recipients = list(settings.NOTICEBOARD_NOTIFY_EMAILS)
    if not recipients:
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_noticeboard_answer:edit", args=[answer.pk]
    )
    context = {"answer": answer, "proponent": answer.proponent, "admin_url": admin_url}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_subject("noticeboard/email/answer_subject.txt", context)
        body = render_to_string("noticeboard/email/answer_body.txt", context)
    mail.send(subject, body, recipients, reply_to=[answer.proponent.email])
