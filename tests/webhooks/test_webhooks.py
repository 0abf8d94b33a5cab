"""Outgoing webhooks: signed, retried by the worker after a failure, logged, never sent to a private address."""

import hashlib
import hmac
import json
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from desk import stages
from desk.models import Activity, Company, Project
from tests.desk.helpers import send_request
from webhooks import delivery
from webhooks.models import Delivery, Endpoint, Event

pytestmark = pytest.mark.django_db
SECRET = "test-secret-shared-with-the-crm"


def endpoint(url, *events):
    return Endpoint.objects.create(name="Regional CRM", url=url, secret=SECRET, events=list(events))


def new_project():
    company = Company.objects.create(name="Acme Robotics", domain="acme.example")
    return Project.objects.create(title="Acme plant", company=company, expected_investment=12_000_000)


def test_a_stage_change_is_signed_retried_after_a_failure_and_logged(
    receiver, desk_member, django_capture_on_commit_callbacks
):
    endpoint(receiver.url, Event.PROJECT_STAGE_CHANGED)
    receiver.answers = [500, 200]
    project = new_project()
    start = timezone.now()

    with time_machine.travel(start, tick=False), django_capture_on_commit_callbacks(execute=True):
        stages.record(project, "", desk_member)  # its opening: not an event this endpoint chose
        stages.move(project, Project.Stage.SITE_VISIT, desk_member)

    (sent,) = Delivery.objects.all()
    assert (sent.status, sent.attempts, sent.last_status_code) == (Delivery.Status.PENDING, 1, 500)
    assert sent.last_error.startswith("HTTP 500")
    assert sent.next_attempt_at == start + timedelta(seconds=60)

    out = StringIO()
    with time_machine.travel(start + timedelta(seconds=30), tick=False):
        call_command("send_due_webhooks", stdout=out)  # not due yet
    assert len(receiver.requests) == 1
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        call_command("send_due_webhooks", stdout=out)
    sent.refresh_from_db()
    assert (sent.status, sent.attempts, sent.last_status_code, sent.last_error) == (
        Delivery.Status.DELIVERED,
        2,
        200,
        "",
    )

    first, second = receiver.requests
    assert first["body"] == second["body"]  # a retry sends the same signed event
    assert first["path"] == "/hooks/crm"
    for request, moment in ((first, start), (second, start + timedelta(seconds=61))):
        header = request["headers"]["Webhook-Signature"]
        fields = dict(item.split("=", 1) for item in header.split(","))
        assert int(fields["t"]) == int(moment.timestamp())
        expected = hmac.new(SECRET.encode(), fields["t"].encode() + b"." + request["body"], hashlib.sha256)
        assert hmac.compare_digest(fields["v1"], expected.hexdigest())
        assert request["headers"]["Webhook-Event"] == "project.stage_changed"
    payload = json.loads(second["body"])
    assert payload["event"] == "project.stage_changed"
    assert payload["id"] == second["headers"]["Webhook-Id"] == str(sent.event_id)
    assert payload["data"]["from_stage"] == "enquiry"
    assert payload["data"]["to_stage"] == "site_visit"
    assert payload["data"]["changed_by"] == "marta"
    assert payload["data"]["project"]["company"]["domain"] == "acme.example"
    assert payload["data"]["project"]["expected_investment_eur"] == "12000000"


def test_a_tampered_or_old_request_fails_the_receivers_check():
    from webhooks import signing

    body = b'{"event": "lead.created"}'
    header = signing.header(SECRET, body, timestamp=1_000_000)
    assert signing.verify(SECRET, body, header, now=1_000_100)
    assert not signing.verify(SECRET, body + b" ", header, now=1_000_100)
    assert not signing.verify("another secret", body, header, now=1_000_100)
    assert not signing.verify(SECRET, body, header, now=1_000_000 + 301)  # a replay after five minutes


def test_each_event_reaches_only_the_endpoints_that_chose_it(receiver, lead_site, desk_member):
    leads_only = endpoint(receiver.url, Event.LEAD_CREATED)
    desk_events = endpoint(receiver.url, Event.PROJECT_CREATED, Event.ACTIVITY_ADDED)
    Endpoint.objects.create(name="Paused", url=receiver.url, events=list(Event.values), active=False)

    send_request("en", email="ada@analytical.example", name="Ada Lovelace")
    project = new_project()
    stages.record(project, "", desk_member)
    Activity.objects.create(kind=Activity.Kind.CALL, subject="First call", project=project)

    events = sorted(Delivery.objects.values_list("endpoint__name", "event"))
    assert [event for _name, event in events] == sorted(["lead.created", "project.created", "activity.added"])
    lead_payload = json.loads(leads_only.deliveries.get().body)["data"]
    assert (lead_payload["email"], lead_payload["name"], lead_payload["kind"]) == (
        "ada@analytical.example",
        "Ada Lovelace",
        "contact",
    )
    assert {d.event for d in desk_events.deliveries.all()} == {"project.created", "activity.added"}


def test_a_delivery_failing_every_attempt_is_given_up(receiver, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOKS_MAX_ATTEMPTS = 2
    endpoint(receiver.url, Event.PROJECT_CREATED)
    receiver.answers = [503, 503, 200]
    start = timezone.now()
    with time_machine.travel(start, tick=False), django_capture_on_commit_callbacks(execute=True):
        stages.record(new_project(), "")
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        assert delivery.deliver_due() == (1, 0)
        assert delivery.deliver_due() == (0, 0)
    (given_up,) = Delivery.objects.all()
    assert (given_up.status, given_up.attempts, given_up.last_status_code) == (Delivery.Status.FAILED, 2, 503)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://crm.example/hook",
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data/",  # a cloud's metadata service
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "https://user:password@crm.example/hook",
    ],
)
def test_an_endpoint_on_a_private_network_or_another_scheme_is_refused(settings, url):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(ValidationError):
        Endpoint(name="Bad", url=url, events=[Event.LEAD_CREATED]).full_clean()


def test_a_public_address_is_accepted(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    Endpoint(name="CRM", url="https://crm.regione.example/hooks", events=[Event.LEAD_CREATED]).full_clean()


def test_a_name_that_resolves_to_this_server_is_refused_when_sending(
    receiver, settings, django_capture_on_commit_callbacks
):
    # 2130706433 is 127.0.0.1 written as one number, as a name whose DNS points here would be: caught once resolved.
    sneaky = receiver.url.replace("127.0.0.1", "2130706433")
    endpoint(sneaky, Event.PROJECT_CREATED)
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    with django_capture_on_commit_callbacks(execute=True):
        stages.record(new_project(), "")
    (refused,) = Delivery.objects.all()
    assert refused.status == Delivery.Status.FAILED
    assert refused.last_error.startswith("Refused: 2130706433 resolves to a private address (127.0.0.1)")
    assert receiver.requests == []


def test_a_receiver_that_does_not_answer_in_time_is_a_failed_attempt(settings, django_capture_on_commit_callbacks):
    import socket

    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    settings.WEBHOOKS_TIMEOUT_SECONDS = 1
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts the connection, never answers
    try:
        endpoint(f"http://127.0.0.1:{silent.getsockname()[1]}/", Event.PROJECT_CREATED)
        with django_capture_on_commit_callbacks(execute=True):
            stages.record(new_project(), "")
    finally:
        silent.close()
    (late,) = Delivery.objects.all()
    assert (late.status, late.attempts) == (Delivery.Status.PENDING, 1)
    assert "timed out" in late.last_error


def test_the_desk_reads_the_delivery_log_and_editors_see_no_webhook_page(
    client, receiver, desk_member, editor, django_user_model
):
    hook = endpoint(receiver.url, Event.PROJECT_CREATED)
    stages.record(new_project(), "")
    (logged,) = Delivery.objects.all()

    client.force_login(desk_member)
    listing = client.get("/admin/webhooks/deliveries/")
    assert listing.status_code == 200
    assert "Project created" in listing.content.decode()
    assert client.get(f"/admin/webhooks/deliveries/inspect/{logged.pk}/").status_code == 200
    assert client.get("/admin/webhooks/endpoints/").status_code != 200  # URLs and secrets: administrators only
    assert client.get(f"/admin/webhooks/endpoints/edit/{hook.pk}/").status_code != 200

    client.force_login(editor)
    for url in (
        "/admin/webhooks/deliveries/",
        f"/admin/webhooks/deliveries/inspect/{logged.pk}/",
        "/admin/webhooks/endpoints/",
        "/admin/webhooks/endpoints/new/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_an_administrator_configures_an_endpoint_and_chooses_its_events(client, django_user_model, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    admin = django_user_model.objects.create_superuser("root", "root@hooks.example", "a-long-test-password")
    client.force_login(admin)
    data = {"name": "CRM", "url": "http://127.0.0.1/hook", "secret": "s3cret", "events": ["lead.created"]}
    refused = client.post("/admin/webhooks/endpoints/new/", {**data, "active": "on"})
    assert refused.status_code == 200
    assert "private network" in refused.content.decode()
    assert not Endpoint.objects.exists()

    data["url"] = "https://crm.regione.example/hook"
    data["events"] = ["lead.created", "project.stage_changed"]
    assert client.post("/admin/webhooks/endpoints/new/", {**data, "active": "on"}).status_code == 302
    saved = Endpoint.objects.get()
    assert saved.events == ["lead.created", "project.stage_changed"]
