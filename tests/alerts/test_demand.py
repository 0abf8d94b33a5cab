"""Staff see what investors look for, from confirmed saved searches only, and never an address."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from alerts.models import SavedSearch

pytestmark = pytest.mark.django_db


def saved(sites, email, query, status=SavedSearch.Status.CONFIRMED):
    return SavedSearch.objects.create(
        email=email, language="en", query=query, catalogue=sites["tree"].index, status=status
    )


def test_the_report_counts_what_confirmed_searches_ask_for(client, sites):
    saved(sites, "a@example.com", "province=BG&province=BS&min_site_area=30000")
    saved(sites, "b@example.com", "need_province=BG&need_site_area_min=3000&permitted_uses=logistics")
    saved(sites, "c@example.com", "province=MI", status=SavedSearch.Status.PENDING)  # not counted
    admin = get_user_model().objects.create_superuser("staff", "staff@example.org", "a long enough password")
    client.force_login(admin)
    response = client.get(reverse("alerts_demand"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "From 2 confirmed saved searches." in html
    assert "<tr><td>Bergamo</td><td>2</td></tr>" in html
    assert "<tr><td>Brescia</td><td>1</td></tr>" in html
    assert "Milan" not in html
    assert "<tr><td>Logistics and warehousing</td><td>1</td></tr>" in html
    assert "<tr><td>20,000–50,000 m²</td><td>1</td></tr>" in html
    assert "<tr><td>Under 5,000 m²</td><td>1</td></tr>" in html
    assert "@example.com" not in html


def test_staff_without_the_permission_are_refused(client, sites):
    user = get_user_model().objects.create_user("editor", "editor@example.org", "a long enough password")
    user.is_staff = True
    user.save()
    client.force_login(user)
    assert client.get(reverse("alerts_demand")).status_code in (302, 403)
