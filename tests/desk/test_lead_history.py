"""Working a lead in the inbox: its history says what changed, and leaving New is the first reply."""

import pytest

from desk.models import Inquiry
from tests.desk.helpers import send_request

pytestmark = pytest.mark.django_db


def test_a_lead_edit_says_what_changed_and_counts_as_first_reply(client, desk_site, desk_member):
    send_request()
    inquiry = Inquiry.objects.get()
    client.force_login(desk_member)

    response = client.post(
        f"/admin/leads/edit/{inquiry.lead_id}/",
        {"status": "qualified", "assignee": desk_member.pk, "notes": "Test note: call on Monday."},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    history = client.get(f"/admin/leads/history/{inquiry.lead_id}/").content.decode()
    assert "Status: New → Qualified" in history
    assert "Assignee: – → marta" in history
    assert "Notes changed" in history and "call on Monday" not in history
    inquiry.refresh_from_db()
    assert inquiry.first_response_at is not None
