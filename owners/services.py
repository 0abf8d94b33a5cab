"""The owners' portal behind its views: accounts, sign-in links, e-mails and enquiry counts."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from sesame.utils import get_query_string, get_user

from home.emails import render_subject
from home.public_urls import public_base_url
from jobs import mail
from opportunities.models import OwnerSubmission, Proponent

logger = logging.getLogger(__name__)

SESSION_KEY = "owners.user_id"
SIGN_IN_SCOPE = "owners:sign-in"
NEW_ACCOUNT_SALT = "owners:new-account"


def _base_url():
    # Links for owners, who are visitors: the public address (home/public_urls.py).
    return public_base_url()


def _is_refused(email):
    """Staff and inactive accounts never receive a sign-in link: it would open a session without the
    password and the second factor that protect the admin."""
    User = get_user_model()
    proponent = Proponent.objects.select_related("user").filter(user__email__iexact=email).first()
    if proponent is not None:
        return not proponent.user.is_active
    return User.objects.filter(Q(email__iexact=email) | Q(username__iexact=f"owner:{email}")).exists()


def _link_token(email):
    """A known owner gets django-sesame's one-time link; a new address gets a signed one naming the
    address, so that no account exists until the owner confirms it by using the link."""
    proponent = Proponent.objects.select_related("user").filter(user__email__iexact=email).first()
    if proponent is not None:
        return get_query_string(proponent.user, scope=SIGN_IN_SCOPE)
    return "?sesame=" + signing.dumps(email.lower(), salt=NEW_ACCOUNT_SALT)


def send_sign_in_link(request, email):
    """E-mails a one-time link to an owner's address; says nothing, whatever the address."""
    email = email.strip()
    if _is_refused(email):
        logger.info("Owner sign-in refused for a staff or inactive address")
        return
    language = translation.get_language() or settings.LANGUAGE_CODE
    link = _base_url() + reverse("owners:sign_in_link") + _link_token(email)
    context = {"link": link, "minutes": settings.SESAME_MAX_AGE // 60}
    with translation.override(language):
        subject = render_subject("owners/email/sign_in_subject.txt", context)
        body = render_to_string("owners/email/sign_in_body.txt", context)
    mail.send(subject, body, [email])


def _new_account_email(token):
    """The address of a valid new-account link whose account does not exist yet (else it was used)."""
    try:
        email = signing.loads(token, salt=NEW_ACCOUNT_SALT, max_age=settings.SESAME_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(email, str) or _is_refused(email) or Proponent.objects.filter(user__email__iexact=email).exists():
        return None
    return email


def user_from_link(token, consume):
    """The user of a valid sign-in link; consuming it makes the same link useless afterwards.

    A new address's link is checked without side effects until it is consumed: only then are the
    account and the proponent created, so a mistyped or hostile address leaves nothing behind.
    """
    email = _new_account_email(token)
    if email is None:
        return get_user(token, scope=SIGN_IN_SCOPE, update_last_login=consume)
    User = get_user_model()
    if not consume:
        return User(username=f"owner:{email}"[:150], email=email)
    with transaction.atomic():
        user = User(username=f"owner:{email}"[:150], email=email)
        user.set_unusable_password()
        user.save()
        Proponent.objects.create(user=user)
    return user


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
