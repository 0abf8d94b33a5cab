"""A demand taken from a visitor's saved search is published only once that visitor agrees.

Staff ask from the admin; the visitor gets, in their language, the notice's anonymised text and a
signed link. Opening the link shows the text and a button (mail scanners follow links); pressing it
records the time on the notice and its translations. The link names the notice and the saved
search's address, so it stops working if either changes.
"""

from django.conf import settings
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.emails import render_subject
from home.public_urls import absolute_url
from jobs import mail
from noticeboard.models import Notice

SALT = "noticeboard:agreement"


def make_token(notice):
    return signing.dumps({"notice": notice.pk, "email": notice.saved_search.email}, salt=SALT)


def notice_for(token):
    """The notice a valid, unexpired link asks about, or None."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.NOTICEBOARD_AGREEMENT_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    notice = Notice.objects.select_related("saved_search").filter(pk=data.get("notice")).first()
    if notice is None or notice.saved_search is None or notice.saved_search.email != data.get("email"):
        return None
    return notice


def ask(notice):
    """E-mails the saved search's address the notice's text and the link to agree."""
    search = notice.saved_search
    with translation.override(search.language):
        link = absolute_url(reverse("noticeboard:agree", args=[make_token(notice)]))
        context = {"notice": notice, "link": link, "days": settings.NOTICEBOARD_AGREEMENT_LINK_MAX_AGE // 86400}
        subject = render_subject("noticeboard/email/agreement_subject.txt", context)
        body = render_to_string("noticeboard/email/agreement_body.txt", context)
    return mail.send(subject, body, [search.email])


def agree(notice):
    Notice.objects.filter(translation_key=notice.translation_key).update(visitor_agreed_at=timezone.now())
