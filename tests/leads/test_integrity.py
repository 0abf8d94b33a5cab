"""Nothing overwritten, nothing replayed: a later form never rewrites who a lead is, a token works once."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from leads.models import Lead, Submission, UsedFormToken
from sectors.models import Booklet, Country
from tests.leads.helpers import booklet_url, contact_data, gate_data, started

pytestmark = pytest.mark.django_db

SOMEONE_ELSE = {
    "name": "Mallory Impostor",
    "company": "Evil & Co",
    "role": "Prankster",
}


def france():
    return Country.objects.get(locale__language_code="en", name="France")


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("desk", "desk@invest.example", "pw")
    client.force_login(user)
    return user


def test_a_booklet_form_with_someone_elses_e_mail_does_not_rewrite_their_lead(client, sector_site):
    assert client.post(booklet_url(), gate_data()).status_code == 302
    other_browser = client.__class__()
    response = other_browser.post(
        booklet_url(sector_slug="aerospace-defence"),
        gate_data(sector_slug="aerospace-defence", country=france().pk, company_size="1-9", **SOMEONE_ELSE),
    )
    assert response.status_code == 302  # the impostor still gets the booklet: it goes to the stored address

    lead = Lead.objects.get()
    assert (lead.name, lead.company, lead.role, lead.country.name, lead.company_size) == (
        "Ada Lovelace",
        "Analytical Engines Ltd",
        "Head of expansion",
        "Germany",
        "50-249",
    )
    first, second = lead.submissions.order_by("received_at", "pk")
    assert (first.name, first.company) == ("Ada Lovelace", "Analytical Engines Ltd")
    assert (second.name, second.company, second.role, second.country.name) == (
        "Mallory Impostor",
        "Evil & Co",
        "Prankster",
        "France",
    )
    assert second.source_url == "http://testserver/en/sectors/aerospace-defence/"
    assert second.sector.slug == "aerospace-defence"
    # Each submission keeps the consents it was sent with.
    assert sorted(second.consents.values_list("purpose", flat=True)) == ["download", "newsletter"]


def test_the_same_visitor_sending_another_form_keeps_the_first_details_and_adds_new_answers(client, sector_site):
    client.post(booklet_url(), gate_data(email="grace@compilers.example"))
    response = client.post("/en/contact/", contact_data(company="Compilers GmbH (renamed)"))
    assert response.status_code == 302
    lead = Lead.objects.get()
    assert lead.company == "Analytical Engines Ltd"  # the first answer stays
    assert (lead.service, lead.timeline) == ("site_search", "6-12")  # answers the lead did not have are added
    assert lead.description == "A 5,000 m² plant near Brescia."
    assert [s.kind for s in lead.submissions.all()] == ["booklet", "contact"]


def test_staff_see_what_differs_and_adopt_a_value_by_hand(client, sector_site, staff):
    visitor = client.__class__()
    visitor.post(booklet_url(), gate_data())
    visitor.cookies.clear()
    visitor.post(booklet_url(), gate_data(company="Analytical Engines & Sons", role="CEO"))
    lead = Lead.objects.get()
    later = lead.submissions.order_by("pk").last()

    html = client.get(f"/admin/leads/inspect/{lead.pk}/").content.decode()
    assert "A later submission differs from the stored details" in html
    assert "<td>Analytical Engines Ltd</td><td>Analytical Engines &amp; Sons</td>" in html
    assert "<td>Head of expansion</td><td>CEO</td>" in html
    assert "Ada Lovelace</td><td>Ada Lovelace" not in html  # what is the same is not listed

    response = client.post(f"/admin/leads-adopt/{lead.pk}/{later.pk}/company/", follow=True)
    assert "Company updated from the submission of" in response.content.decode()
    lead.refresh_from_db()
    assert (lead.company, lead.role) == ("Analytical Engines & Sons", "Head of expansion")
    html = client.get(f"/admin/leads/inspect/{lead.pk}/").content.decode()
    assert "<td>Analytical Engines Ltd</td><td>Analytical Engines &amp; Sons</td>" not in html
    assert "<td>Head of expansion</td><td>CEO</td>" in html

    # Only profile fields can be adopted, only by POST, only from the lead's own submissions.
    assert client.post(f"/admin/leads-adopt/{lead.pk}/{later.pk}/email/").status_code == 404
    assert client.get(f"/admin/leads-adopt/{lead.pk}/{later.pk}/role/").status_code == 405
    other = Lead.objects.create(kind="contact", name="Other", email="o@example.com", language="en")
    assert client.post(f"/admin/leads-adopt/{other.pk}/{later.pk}/role/").status_code == 404


def test_adopting_needs_the_change_permission(client, sector_site):
    from django.contrib.auth.models import Permission

    client.__class__().post(booklet_url(), gate_data())
    lead = Lead.objects.get()
    viewer = get_user_model().objects.create_user("viewer", "v@invest.example", "pw")
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_lead"]))
    client.force_login(viewer)
    response = client.post(f"/admin/leads-adopt/{lead.pk}/{lead.submissions.get().pk}/company/")
    assert response.status_code in (302, 403)
    lead.refresh_from_db()
    assert lead.company == "Analytical Engines Ltd"


# --- Single-use anti-bot tokens ----------------------------------------------------------


def test_a_replayed_contact_form_is_refused_like_a_bot(client, sector_site):
    data = contact_data()
    assert client.post("/en/contact/", data).status_code == 302
    replay = client.__class__().post("/en/contact/", data)
    assert replay.status_code == 200
    html = replay.content.decode()
    assert "Your submission could not be accepted. Please try again." in html
    assert 'value="Compilers GmbH"' in html  # nothing typed is lost
    assert Lead.objects.count() == 1 and Submission.objects.count() == 1


def test_a_replayed_booklet_form_is_refused_in_italian(client, sector_site):
    data = gate_data("it")
    assert client.post(booklet_url("it"), data).status_code == 302
    mail.outbox.clear()
    replay = client.__class__().post(booklet_url("it"), data)
    assert "Non è stato possibile accettare l&#x27;invio. Riprovi." in replay.content.decode()
    assert Submission.objects.count() == 1
    assert mail.outbox == []


def test_a_form_with_a_mistake_keeps_its_token_for_the_corrected_one(client, sector_site):
    token = started()
    refused = client.post(booklet_url(), gate_data(company="", form_started=token))
    assert "This field is required." in refused.content.decode()
    assert client.post(booklet_url(), gate_data(form_started=token)).status_code == 302
    assert Lead.objects.count() == 1


def test_two_forms_shown_at_the_same_moment_get_different_tokens(db):
    from leads.forms import signed_timestamp

    with time_machine.travel(timezone.now(), tick=False):
        assert signed_timestamp() != signed_timestamp()


def test_the_retention_purge_forgets_only_expired_tokens(client, sector_site):
    client.post("/en/contact/", contact_data())
    with time_machine.travel(timezone.now() - timedelta(hours=3)):
        client.__class__().post("/en/contact/", contact_data(email="old@example.com", form_started=started()))
    assert UsedFormToken.objects.count() == 2
    call_command("purge_expired_leads", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert UsedFormToken.objects.count() == 1


# --- Plain-text subjects -----------------------------------------------------------------


def test_e_mail_subjects_are_plain_text(client, sector_site, settings):
    settings.LEADS_NOTIFY_EMAILS = ["team@invest.example"]
    Booklet.objects.filter(sector__slug="life-sciences", locale__language_code="en").update(
        title="Life sciences: Lombardy's R&D <guide>"
    )
    client.post(booklet_url(), gate_data(company="O'Brien & Sons\nLtd"))
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == [
        "New lead: Booklet download – O'Brien & Sons Ltd",
        "Your booklet: Life sciences: Lombardy's R&D <guide>",
    ]
