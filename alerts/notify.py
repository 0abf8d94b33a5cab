"""The alerts' e-mails, in the visitor's language, each with its unsubscribe and manage links."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from alerts import tokens
from home.public_urls import absolute_url
from jobs import mail


def links(search):
    return {
        "confirm_url": absolute_url(reverse("alerts:confirm", args=[tokens.make(search, "confirm")])),
        "unsubscribe_url": absolute_url(reverse("alerts:unsubscribe", args=[tokens.make(search, "unsubscribe")])),
        "manage_url": absolute_url(reverse("alerts:manage", args=[tokens.make(search, "manage")])),
    }


def _send(search, template, context):
    with translation.override(search.language):
        context = {**context, **links(search), "search": search}
        subject = render_to_string(f"alerts/email/{template}_subject.txt", context)
        body = render_to_string(f"alerts/email/{template}_body.txt", context)
    return mail.send(subject, body, [search.email])


def send_confirmation(search):
    return _send(search, "confirm", {})


def send_digest(search, sites):
    """`sites`: [(title, municipality, url)] in the search's language."""
    return _send(search, "digest", {"sites": sites})
