"""The one e-mail every enquirer receives: in their language, what happens next and by when."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from desk.models import Inquiry
from home.emails import render_subject
from jobs import mail


def send_once(inquiry):
    """Stores the acknowledgement in the outbox (sent after the commit, retried if mail is down)."""
    if inquiry.acknowledged_at is not None or not settings.DESK_ACKNOWLEDGE_ENQUIRERS or _already_told(inquiry):
        return False
    lead = inquiry.lead
    with translation.override(lead.language):
        context = {
            "lead": lead,
            "reply_by": formats.date_format(timezone.localtime(inquiry.respond_by), "l j F Y"),
            "working_days": settings.DESK_FIRST_RESPONSE_WORKING_DAYS,
        }
        subject = render_subject("desk/email/acknowledgement_subject.txt", context)
        body = render_to_string("desk/email/acknowledgement_body.txt", context)
    mail.send(subject, body, [lead.email])
    inquiry.acknowledged_at = timezone.now()
    return True


def _already_told(inquiry):
    """A person who writes again before their first reply was told already what happens and when."""
    if inquiry.contact_id is None:
        return False
    earlier = Inquiry.objects.filter(contact_id=inquiry.contact_id, acknowledged_at__isnull=False)
    return earlier.filter(first_response_at__isnull=True).exclude(pk=inquiry.pk).exists()
