"""E-mails the desk writes to an enquirer, from a bilingual template or by hand, recorded as activities."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from desk.models import Activity, EmailTemplate, Inquiry
from jobs import mail


class DeskEmailForm(forms.Form):
    language = forms.ChoiceField(choices=settings.LANGUAGES, label=_("Language"))
    subject = forms.CharField(max_length=200, label=_("Subject"))
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), max_length=10000, label=_("Text"))


def from_template(template, lead, language, sender):
    """The form's first values: the template in the enquirer's language, their name and company filled in."""
    subject, body = template.render(
        language, name=lead.name, company=lead.company, sender=sender.get_full_name() or sender.get_username()
    )
    return {"language": language, "subject": subject, "body": body}


def templates():
    return EmailTemplate.objects.all()


def send(lead, data, user):
    """Stores the e-mail in the outbox (replies go to the sender) and records it on the lead's timeline."""
    mail.send(data["subject"], data["body"], [lead.email], reply_to=[user.email] if user.email else ())
    inquiry = Inquiry.objects.filter(lead=lead).first()
    activity = Activity.objects.create(
        kind=Activity.Kind.EMAIL,
        subject=data["subject"],
        body=data["body"],
        lead=lead,
        company=inquiry.company if inquiry else None,
        author=user,
        email_to=lead.email,
        language=data["language"],
    )
    log(lead, "desk.email", user=user, data={"subject": data["subject"], "to": lead.email})
    return activity
