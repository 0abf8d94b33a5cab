"""E-mails survive a mail outage: stored, retried with growing delays, sent once, listed when given up."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from jobs import mail as outbox
from jobs.models import OutboxMessage
from tests.jobs.conftest import smtp_back
from tests.leads.helpers import contact_data

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


def retry_due_mail():
    call_command("send_due_mail", stdout=open("/dev/null", "w"))  # noqa: SIM115


def staff_message():
    return next(m for m in OutboxMessage.objects.all() if m.to == ["team@invest.example"])


def test_a_lead_notification_waits_out_an_smtp_outage_and_is_sent_once(
    client, contact_site, smtp_down, django_capture_on_commit_callbacks
):
    smtp_down.LEADS_NOTIFY_EMAILS = ["team@invest.example"]
    with time_machine.travel(START, tick=False) as clock:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/contact/", contact_data())
        assert response.status_code == 302  # the visitor's request is taken, mail server or not

        message = staff_message()
        assert (message.status, message.attempts) == (OutboxMessage.PENDING, 1)
        assert "Connection refused" in message.last_error or "ConnectionRefused" in message.last_error
        assert message.next_try_at == START + MINUTE
        assert mail.outbox == []

        clock.shift(30)  # not due yet: nothing is tried
        retry_due_mail()
        assert staff_message().attempts == 1

        clock.shift(30)
        retry_due_mail()
        message = staff_message()
        assert message.attempts == 2
        assert message.next_try_at == START + MINUTE + 2 * MINUTE  # the delay doubles

        smtp_back(smtp_down)
        clock.shift(2 * MINUTE)
        retry_due_mail()
        assert staff_message().status == OutboxMessage.SENT
        assert [m.to for m in mail.outbox] == [["team@invest.example"]]
        assert "Compilers GmbH" in mail.outbox[0].body

        clock.shift(datetime.timedelta(hours=6))
        retry_due_mail()
        assert len(mail.outbox) == 1  # sent once, never again


def test_nothing_is_handed_on_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        outbox.send("Subject", "Body", ["someone@example.com"])
    assert len(callbacks) == 1  # the task is enqueued only once the caller's transaction commits
    assert mail.outbox == []


def test_a_message_failing_every_attempt_is_given_up_listed_for_staff_and_sent_again(
    staff, smtp_down, django_capture_on_commit_callbacks
):
    smtp_down.JOBS_MAIL_MAX_ATTEMPTS = 3
    with time_machine.travel(START, tick=False) as clock:
        with django_capture_on_commit_callbacks(execute=True):
            outbox.send("Your booklet: Life sciences", "The link", ["ada@analytical.example"])
        for _ in range(4):
            clock.shift(datetime.timedelta(hours=7))
            retry_due_mail()
    message = OutboxMessage.objects.get()
    assert (message.status, message.attempts) == (OutboxMessage.FAILED, 3)

    html = staff.get(reverse("jobs_report")).content.decode()
    assert "Your booklet: Life sciences" in html
    assert "ada@analytical.example" in html
    assert "Given up" in html
    health = staff.get("/healthz").json()["jobs"]
    assert health["status"] == "degraded"
    assert health["emails_given_up"] == 1

    smtp_back(smtp_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(reverse("jobs_send_again"), {"message": [message.pk]}, follow=True)
    assert "1 e-mail will be sent again in a moment." in response.content.decode()
    assert [m.subject for m in mail.outbox] == ["Your booklet: Life sciences"]
    assert OutboxMessage.objects.get().status == OutboxMessage.SENT
    assert "Your booklet: Life sciences" not in staff.get(reverse("jobs_report")).content.decode()


def test_the_report_is_for_staff_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", "v@example.com", "pw"))
    assert client.get(reverse("jobs_report")).status_code in (302, 403)
    assert client.post(reverse("jobs_send_again"), {"message": ["1"]}).status_code in (302, 403)


def test_sending_again_without_a_choice_says_so(staff):
    response = staff.post(reverse("jobs_send_again"), {"message": ["not-a-number"]}, follow=True)
    assert "Choose at least one e-mail to send again." in response.content.decode()


def test_sent_messages_are_forgotten_after_a_week():
    with time_machine.travel(START, tick=False) as clock:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(outbox, "after_commit", lambda function: function())
            outbox.send("Hello", "Body", ["someone@example.com"])
        assert OutboxMessage.objects.get().status == OutboxMessage.SENT
        clock.shift(datetime.timedelta(days=6))
        retry_due_mail()
        assert OutboxMessage.objects.count() == 1
        clock.shift(datetime.timedelta(days=2))
        retry_due_mail()
        assert OutboxMessage.objects.count() == 0
