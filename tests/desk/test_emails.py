"""The desk writes to an enquirer from a bilingual template; the e-mail is their first reply and on the timeline."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from desk.models import Activity, EmailTemplate, Inquiry
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def template(db):
    return EmailTemplate.objects.create(
        name="Test site list",
        subject_en="Sites for {company}",
        body_en="Dear {name}, here are the sites. {sender}",
        subject_it="Siti per {company}",
        body_it="Ciao {name}, ecco i siti. {sender} {unknown}",
    )


def test_a_template_opens_in_the_enquirers_language_and_the_sent_email_is_recorded(
    client, desk_site, desk_member, template
):
    send_request("it")
    inquiry = Inquiry.objects.get()
    lead = inquiry.lead
    client.force_login(desk_member)

    page = client.get(f"/admin/desk/leads/{lead.pk}/email/?template={template.pk}").content.decode()
    assert "Siti per Compilers GmbH" in page and "Ciao Grace Hopper, ecco i siti. marta {unknown}" in page

    mail.outbox.clear()
    response = client.post(
        f"/admin/desk/leads/{lead.pk}/email/",
        {"language": "it", "subject": "Siti per Compilers GmbH", "body": "Ciao Grace, ecco i siti."},
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["grace@compilers.example"] and message.reply_to == ["marta@desk.example"]
    activity = Activity.objects.get(kind="email")
    assert (activity.lead, activity.company, activity.author) == (lead, inquiry.company, desk_member)
    inquiry.refresh_from_db()
    assert inquiry.first_response_at is not None
    assert "Siti per Compilers GmbH" in ModelLogEntry.objects.get(action="desk.email").message


def test_an_empty_email_is_refused_with_a_message(client, desk_site, desk_member):
    send_request()
    lead = Inquiry.objects.get().lead
    client.force_login(desk_member)
    mail.outbox.clear()
    response = client.post(f"/admin/desk/leads/{lead.pk}/email/", {"language": "en", "subject": "", "body": "Kept."})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode() and "Kept." in response.content.decode()
    assert mail.outbox == [] and not Activity.objects.exists()
