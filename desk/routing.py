"""Routing rules assign a new inquiry's lead to a handler, who is told by e-mail."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import log

from desk.models import RoutingRule
from desk.people import user_language
from home.emails import render_subject
from jobs import mail


def rule_for(lead):
    return next((rule for rule in RoutingRule.objects.filter(active=True) if rule.matches(lead)), None)


def route(inquiry):
    """Assigns the lead by the first matching rule, unless someone already holds it."""
    lead = inquiry.lead
    if lead.assignee_id is not None:
        return None
    rule = rule_for(lead)
    if rule is None or not rule.handler.is_active:
        return None
    lead.assignee = rule.handler
    lead.save(update_fields=["assignee", "updated_at"])
    inquiry.routed_by = rule
    log(lead, "desk.assign", data={"assignee": rule.handler.get_username(), "rule": rule.name})
    notify_handler(inquiry, rule.handler)
    return rule


def notify_handler(inquiry, handler):
    lead = inquiry.lead
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("lead_inbox:inspect", args=[lead.pk])
    with translation.override(user_language(handler)):
        context = {"lead": lead, "inquiry": inquiry, "admin_url": admin_url, "time_zone": settings.TIME_ZONE}
        subject = render_subject("desk/email/assigned_subject.txt", context)
        body = render_to_string("desk/email/assigned_body.txt", context)
    mail.send(subject, body, [handler.email])
