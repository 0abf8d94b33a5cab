"""A request reaching the desk: de-duplicated contact and company, acknowledgement, routing, merge."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from wagtail.models import ModelLogEntry

from desk.dedup import merge_companies
from desk.models import Company, Contact, Inquiry, RoutingRule
from leads.models import Lead, Submission
from sectors.models import Country
from tests.conftest import make_user
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")


def test_people_of_one_domain_share_a_company_and_a_returning_address_its_contact(desk_site):
    send_request()
    send_request(name="Ada Lovelace", email="ada@Compilers.example", company="Compilers")
    send_request(name="Grace Hopper", email="grace@compilers.example", description="A second plant.")
    send_request(name="Linus", email="linus@gmail.com", company="Kernel Oy")
    send_request(name="Linus T.", email="torvalds@gmail.com", company="kernel oy ")

    compilers = Company.objects.get(domain="compilers.example")
    assert compilers.name == "Compilers GmbH"
    assert sorted(compilers.contacts.values_list("email", flat=True)) == [
        "ada@compilers.example",
        "grace@compilers.example",
    ]
    # A personal mail service names no employer: the typed company name matches instead.
    kernel = Company.objects.get(name="Kernel Oy")
    assert kernel.domain == "" and kernel.contacts.count() == 2
    assert Company.objects.count() == 2
    # Grace wrote twice: one contact, both submissions kept as sent.
    grace_messages = Submission.objects.filter(email="grace@compilers.example").values_list("message", flat=True)
    assert sorted(grace_messages) == ["A 5,000 m² plant near Brescia.", "A second plant."]


def test_merging_companies_moves_their_leads_and_keeps_every_submission(desk_site, desk_member):
    send_request()
    send_request(name="Ada", email="ada@compilers-gmbh.example", company="Compilers")
    send_request(name="Ada", email="ada@compilers-gmbh.example", company="Compilers", description="Follow-up.")
    target, duplicate = (
        Company.objects.get(domain="compilers.example"),
        Company.objects.get(domain="compilers-gmbh.example"),
    )
    submissions_before = sorted(Submission.objects.values_list("pk", "message"))

    assert merge_companies(target, [duplicate], desk_member) == ["Compilers"]

    assert not Company.objects.filter(pk=duplicate.pk).exists()
    assert set(Inquiry.objects.values_list("company", flat=True)) == {target.pk}
    assert sorted(Submission.objects.values_list("pk", "message")) == submissions_before
    entry = ModelLogEntry.objects.get(action="desk.merge", object_id=str(target.pk))
    assert entry.user == desk_member and "Compilers" in entry.message


def test_the_merge_page_merges_and_is_in_the_company_history(client, desk_site, desk_member):
    send_request()
    send_request(name="Ada", email="ada@compilers-gmbh.example", company="Compilers")
    target, duplicate = (
        Company.objects.get(domain="compilers.example"),
        Company.objects.get(domain="compilers-gmbh.example"),
    )
    client.force_login(desk_member)

    response = client.post(f"/admin/desk/companies/{target.pk}/merge/", {"duplicates": [duplicate.pk]})

    assert response.status_code == 302
    assert set(Contact.objects.values_list("company", flat=True)) == {target.pk}
    history = client.get(f"/admin/desk/companies/history/{target.pk}/").content.decode()
    assert "Merged into this company: Compilers" in history


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, 0, tzinfo=ROME))
def test_an_enquirer_gets_one_acknowledgement_in_their_language_with_the_reply_date(desk_site):
    send_request("it")
    send_request(
        "it", description="Un'aggiunta."
    )  # a new visitor with the same address: same contact, no second e-mail

    to_enquirer = [message for message in mail.outbox if message.to == ["grace@compilers.example"]]
    assert len(to_enquirer) == 1
    (message,) = to_enquirer
    assert message.subject == "Abbiamo ricevuto la Sua richiesta – Invest in Lombardy"
    # Two working days after Thursday 3 December: not Monday 7 (Sant'Ambrogio, Milan) nor Tuesday 8 (national).
    assert "entro mercoledì 9 dicembre 2026" in message.body
    assert "Sua richiesta" in message.body


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, 0, tzinfo=ROME))
def test_an_english_enquirer_reads_english(desk_site):
    send_request("en")
    (message,) = [m for m in mail.outbox if m.to == ["grace@compilers.example"]]
    assert message.subject == "We have received your request – Invest in Lombardy"
    assert "by Wednesday 9 December 2026 at the latest" in message.body


def test_a_booklet_download_is_not_acknowledged_and_has_no_reply_target(desk_site, client):
    from tests.leads.helpers import booklet_url, gate_data

    client.post(booklet_url(), gate_data())
    inquiry = Inquiry.objects.get()
    assert inquiry.respond_by is None and inquiry.acknowledged_at is None
    assert not [m for m in mail.outbox if "received your request" in m.subject]


def test_routing_assigns_the_first_matching_rule_and_tells_the_handler(desk_site, django_user_model):
    anna, bruno = (make_user(django_user_model, name, "Investment desk") for name in ("anna", "bruno"))
    germany = Country.objects.get(locale__language_code="en", name="Germany")
    RoutingRule.objects.create(
        name="French requests",
        priority=1,
        country=Country.objects.get(locale__language_code="en", name="France"),
        handler=anna,
    )
    RoutingRule.objects.create(
        name="German site searches", priority=2, service="site_search", country=germany, handler=bruno
    )
    RoutingRule.objects.create(name="Everything else", priority=9, handler=anna)

    send_request("it")

    lead = Lead.objects.get()
    assert lead.assignee == bruno
    assert lead.desk_inquiry.routed_by.name == "German site searches"
    (notice,) = [m for m in mail.outbox if m.to == ["bruno@desk.example"]]
    assert "Grace Hopper" in notice.subject and "German site searches" in notice.body
    assert "Europe/Rome" in notice.body
    entry = ModelLogEntry.objects.get(action="desk.assign")
    assert "bruno" in entry.message and "German site searches" in entry.message


def test_erasing_a_lead_forgets_its_contact(desk_site):
    send_request()
    Lead.objects.all().delete()
    assert not Contact.objects.exists()
