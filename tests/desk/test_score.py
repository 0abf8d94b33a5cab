"""The lead score: its parts add up, it is stored for sorting, and the desk sees why a lead scores what it does."""

import pytest

from desk import score
from desk.models import Inquiry, Project
from leads.models import Download, Lead
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db


def test_the_breakdown_adds_up_to_the_stored_score(desk_site):
    send_request()
    # The contact form asks neither; a booklet form does, and staff can adopt a later answer.
    Lead.objects.update(company_size="250-999", stage="ready")
    lead = Lead.objects.get()
    assert Inquiry.objects.get(lead=lead).score == 22  # as stored when the form was saved
    score.refresh(lead)
    parts = score.breakdown(lead)
    assert [(part.label, part.points, part.maximum) for part in parts] == [
        ("Profile completeness", 21, 25),  # 10 of 12 details: no business function, no sector
        ("Company size", 16, 20),
        ("Investment stage", 20, 20),
        ("Downloads", 0, 10),
        ("Enquiries", 5, 15),
        ("Shortlisted sites", 0, 10),
    ]
    assert sum(part.maximum for part in parts) == score.MAXIMUM == 100
    assert score.total(parts) == 62 == Inquiry.objects.get(lead=lead).score


def test_engagement_counts_with_caps_and_updates_the_stored_score(desk_site):
    send_request()
    lead = Lead.objects.get()
    before = Inquiry.objects.get(lead=lead).score
    booklet = None
    for _ in range(3):
        Download.objects.create(lead=lead, booklet=booklet)
    parts = {part.label: part for part in score.breakdown(lead)}
    assert (parts["Downloads"].points, str(parts["Downloads"].reason)) == (10, "3 booklets")  # capped at 10
    assert Inquiry.objects.get(lead=lead).score == before + 10


def test_the_lead_and_the_project_show_the_breakdown_and_say_it_only_sorts(client, desk_site, desk_member):
    send_request()
    Lead.objects.update(company_size="50-249")
    lead = Lead.objects.get()
    score.refresh(lead)
    inquiry = Inquiry.objects.get(lead=lead)
    project = Project.objects.create(title="Scored project", company=inquiry.company)
    project.leads.add(lead)
    client.force_login(desk_member)
    for url in (f"/admin/leads/inspect/{lead.pk}/", f"/admin/desk/projects/inspect/{project.pk}/"):
        page = client.get(url).content.decode()
        assert f"Lead score: {inquiry.score} out of 100" in page, url
        assert "Used only to sort the desk's lists; every request is answered whatever its score." in page
        assert '<th scope="row">Company size</th><td>12 / 20</td><td>50–249 employees</td>' in page


def test_the_inquiries_sort_by_score(client, desk_site, desk_member):
    send_request(name="Low Lena", email="lena@low.example", company="Low Srl")
    send_request(name="High Hugo", email="hugo@high.example", company="High Srl")
    Lead.objects.filter(name="High Hugo").update(company_size="1000+", stage="ready")
    score.refresh(Lead.objects.get(name="High Hugo"))
    assert Inquiry.objects.get(lead__name="Low Lena").score < Inquiry.objects.get(lead__name="High Hugo").score
    client.force_login(desk_member)
    page = client.get("/admin/desk/inquiries/", {"ordering": "-score"}).content.decode()
    assert page.index("High Hugo") < page.index("Low Lena")
    page = client.get("/admin/desk/inquiries/", {"ordering": "score"}).content.decode()
    assert page.index("Low Lena") < page.index("High Hugo")
