"""The owners' portal behind its views: accounts, sign-in links, e-mails and enquiry counts."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from sesame.utils import get_query_string, get_user

from home.emails import render_subject
from jobs import mail
from opportunities.models import OwnerSubmission, Proponent

logger = logging.getLogger(__name__)

SESSION_KEY = "owners.user_id"
SIGN_IN_SCOPE = "owners:sign-in"


def _base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def proponent_for_email(email):
    """The proponent of this address, created on first request; None when the address is staff's.

    A staff account never receives a sign-in link: the link would open a session without the
    password and the second factor that protect the admin.
    """
    User = get_user_model()
    email = email.strip()
    proponent = Proponent.objects.select_related("user").filter(user__email__iexact=email).first()
    if proponent is not None:
        return proponent if proponent.user.is_active else None
    if User.objects.filter(Q(email__iexact=email) | Q(username__iexact=f"owner:{email}")).exists():
        return None
    with transaction.atomic():
        user = User(username=f"owner:{email.lower()}"[:150], email=email.lower())
        user.set_unusable_password()
        user.save()
        return Proponent.objects.create(user=user)


def send_sign_in_link(request, email):
    """E-mails a one-time link to an owner's address; says nothing, whatever the address."""
    proponent = proponent_for_email(email)
    if proponent is None:
        logger.info("Owner sign-in refused for a staff or inactive address")
        return
    language = translation.get_language() or settings.LANGUAGE_CODE
    link = request.build_absolute_uri(
        reverse("owners:sign_in_link") + get_query_string(proponent.user, scope=SIGN_IN_SCOPE)
    )
    context = {"link": link, "minutes": settings.SESAME_MAX_AGE // 60, "proponent": proponent}
    with translation.override(language):
        subject = render_subject("owners/email/sign_in_subject.txt", context)
        body = render_to_string("owners/email/sign_in_body.txt", context)
    mail.send(subject, body, [proponent.email])


def user_from_link(token, consume):
    """The user of a valid sign-in link; consuming it makes the same link useless afterwards."""
    return get_user(token, scope=SIGN_IN_SCOPE, update_last_login=consume)


def signed_in_proponent(request):
    user_id = request.session.get(SESSION_KEY)
    if not user_id:
        return None
    return Proponent.objects.select_related("user").filter(user_id=user_id, user__is_active=True).first()


def sign_in(request, user):
    request.session.cycle_key()  # a new session id on sign-in: no fixation
    request.session[SESSION_KEY] = user.pk
    Proponent.objects.filter(user=user).update(language=translation.get_language() or settings.LANGUAGE_CODE)


def sign_out(request):
    request.session.pop(SESSION_KEY, None)
    request.session.cycle_key()


def enquiry_count(submission):
    """Leads received by the published site, in every language (leads point at a translation)."""
    from leads.models import Lead

    page = submission.opportunity
    if page is None or not page.live:
        return None
    return (
        Lead.objects.filter(
            Q(opportunity__translation_key=page.translation_key)
            | Q(shortlisted_opportunities__translation_key=page.translation_key)
        )
        .distinct()
        .count()
    )


def notify_owner(submission, template):
    """Tells the proponent of a staff decision, in the language they used the portal in."""
    if submission.proponent_email == "":
        return
    language = submission.proponent.language if submission.proponent else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "submission": submission,
            "status_url": _base_url() + reverse("owners:dashboard"),
        }
        subject = render_subject(f"owners/email/{template}_subject.txt", context)
        body = render_to_string(f"owners/email/{template}_body.txt", context)
    mail.send(subject, body, [submission.proponent_email])


def request_changes(submission, message):
    submission.status = OwnerSubmission.Status.CHANGES_REQUESTED
    submission.staff_message = message
    submission.save(update_fields=["status", "staff_message", "updated_at"])
    notify_owner(submission, "changes_requested")


def reject(submission, reason):
    submission.status = OwnerSubmission.Status.REJECTED
    submission.staff_message = reason
    submission.save(update_fields=["status", "staff_message", "updated_at"])
    notify_owner(submission, "rejected")


def start_validation(submission):
    submission.status = OwnerSubmission.Status.UNDER_VALIDATION
    submission.save(update_fields=["status", "updated_at"])
