"""Only active members of the investment desk are offered as a lead's assignee."""

import pytest

from leads.models import Lead

pytestmark = pytest.mark.django_db


def test_the_lead_edit_form_offers_exactly_the_desk(client, make_staff):
    desk = [make_staff("anna", "Investment desk"), make_staff("bruno", "Investment desk", "Editors")]
    gone = make_staff("carla", "Investment desk")
    gone.is_active = False
    gone.save()
    make_staff("editor", "Editors")
    boss = make_staff("boss", superuser=True)
    client.force_login(boss)
    lead = Lead.objects.create(kind=Lead.Kind.CONTACT, name="Someone", email="someone@example.com", language="en")

    form = client.get(f"/admin/leads/edit/{lead.pk}/").context["form"]
    assert list(form.fields["assignee"].queryset) == desk

    refused = client.post(f"/admin/leads/edit/{lead.pk}/", {"status": "new", "assignee": boss.pk, "notes": ""})
    assert refused.status_code == 200
    lead.refresh_from_db()
    assert lead.assignee is None
