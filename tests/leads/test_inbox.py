"""The leads inbox in the Wagtail admin: list, filters, export, detail, escaping."""

import csv
import io
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook

from leads.models import Lead
from sectors.models import Country, SectorPage
from tests.leads.helpers import booklet_url, gate_data

pytestmark = pytest.mark.django_db

INBOX = "/admin/leads/"


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("editor", "editor@invest.example", "pw")
    client.force_login(user)
    return user


def make_lead(**fields):
    defaults = {"kind": Lead.Kind.BOOKLET, "name": "Someone", "email": "someone@example.com", "language": "en"}
    return Lead.objects.create(**{**defaults, **fields})


def test_a_lead_appears_in_the_inbox_with_its_consents_and_source(client, sector_site, staff):
    visitor = client.__class__()
    visitor.get("/en/?utm_source=newsletter&utm_medium=email&utm_campaign=lifesci-week")
    visitor.post(booklet_url(), gate_data(consent_contact="on"))
    lead = Lead.objects.get()

    listing = client.get(INBOX).content.decode()
    assert "Ada Lovelace" in listing
    assert "Analytical Engines Ltd" in listing
    assert "Life sciences" in listing

    detail = client.get(f"{INBOX}inspect/{lead.pk}/").content.decode()
    for text in (
        "ada@analytical.example",
        "Send me this booklet",
        "Contact by the investment team",
        "Newsletter",
        "I agree that my details are used to send me this booklet.",
        "2026-11",
        "lifesci-week",
        "newsletter",
        "http://testserver/en/sectors/life-sciences/",
        "Test booklet Life sciences",
    ):
        assert text in detail, text


def test_filters_narrow_the_list(client, sector_site, staff):
    life = SectorPage.objects.get(locale__language_code="en", slug="life-sciences")
    make_lead(name="Alpha Pharma", sector=life, status=Lead.Status.QUALIFIED)
    make_lead(name="Beta Steel", status=Lead.Status.NEW)
    html = client.get(INBOX, {"sector": life.pk}).content.decode()
    assert "Alpha Pharma" in html and "Beta Steel" not in html
    html = client.get(INBOX, {"status": "new"}).content.decode()
    assert "Beta Steel" in html and "Alpha Pharma" not in html
    html = client.get(INBOX, {"q": "alpha"}).content.decode()
    assert "Alpha Pharma" in html and "Beta Steel" not in html


def test_csv_export_contains_exactly_the_filtered_leads(client, sector_site, staff):
    germany = Country.objects.get(locale__language_code="en", name="Germany")
    france = Country.objects.get(locale__language_code="en", name="France")
    with time_machine.travel(timezone.now() - timedelta(days=40)):
        make_lead(name="Old German", email="old@de.example", country=germany, utm_campaign="spring")
    make_lead(name="New German", email="new@de.example", country=germany, utm_campaign="autumn")
    make_lead(name="New French", email="new@fr.example", country=france, utm_campaign="autumn")
    make_lead(name="Contact German", email="contact@de.example", country=germany, kind=Lead.Kind.CONTACT)

    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    response = client.get(INBOX, {"export": "csv", "country": germany.pk, "kind": "booklet", "created_at_from": since})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row["Name"] for row in rows] == ["New German"]
    assert rows[0]["E-mail"] == "new@de.example"
    assert rows[0]["Country"] == "Germany"
    assert rows[0]["Campaign"] == "autumn"

    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(client.get(INBOX, {"export": "csv", "utm_campaign": "autumn"}).streaming_content).decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert sorted(row["Name"] for row in rows) == ["New French", "New German"]


def test_xlsx_export(client, sector_site, staff):
    make_lead(name="Sheet Person", status=Lead.Status.LANDED)
    make_lead(name="Other Person")
    response = client.get(INBOX, {"export": "xlsx", "status": "landed"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    names = [row[values[0].index("Name")] for row in values[1:]]
    assert names == ["Sheet Person"]


def test_html_typed_by_a_visitor_is_shown_as_text_in_the_admin(client, sector_site, staff):
    lead = make_lead(name='<script>alert("x")</script>', company="<img src=x onerror=alert(1)>")
    for url in (INBOX, f"{INBOX}inspect/{lead.pk}/"):
        html = client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in html
        assert "<img src=x onerror=alert(1)>" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_staff_move_a_lead_through_the_pipeline(client, sector_site, staff):
    staff.groups.add(Group.objects.get(name="Investment desk"))  # only desk members can be assigned
    lead = make_lead(name="Pipeline Co")
    response = client.post(
        f"{INBOX}edit/{lead.pk}/", {"status": "assistance", "assignee": staff.pk, "notes": "Site visit booked."}
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert (lead.status, lead.assignee, lead.notes) == ("assistance", staff, "Site visit booked.")
    assert lead.name == "Pipeline Co"


def test_the_inbox_is_for_staff_only(client, sector_site):
    make_lead()
    response = client.get(INBOX)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_exported_text_never_becomes_a_formula(client, sector_site, staff):
    make_lead(name='=HYPERLINK("http://evil.example","click")', company="+1 trick")
    csv_text = b"".join(client.get(INBOX, {"export": "csv"}).streaming_content).decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(csv_text)))
    assert row["Name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Company"] == "'+1 trick"


def test_the_dashboard_counts_leads_by_form_sector_and_country(client, sector_site, staff):
    life = SectorPage.objects.get(locale__language_code="en", slug="life-sciences")
    germany = Country.objects.get(locale__language_code="en", name="Germany")
    make_lead(sector=life, country=germany)
    make_lead(sector=life, kind=Lead.Kind.CONTACT)
    with time_machine.travel(timezone.now() - timedelta(weeks=20)):
        make_lead(sector=life)  # outside the 12-week window
    html = client.get("/admin/leads-dashboard/").content.decode()
    assert "Last 12 weeks: 2 leads, 2 still new." in html
    assert '<th scope="row">Life sciences</th><td>2</td>' in html
    assert '<th scope="row">Germany</th><td>1</td>' in html
    assert '<th scope="row">Contact / assistance request</th><td>1</td>' in html


def test_staff_cannot_create_leads_by_hand(client, sector_site, staff):
    assert "Add Lead" not in client.get(INBOX).content.decode()
    assert client.get(f"{INBOX}new/").status_code != 200
    assert Lead.objects.count() == 0
