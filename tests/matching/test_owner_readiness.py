"""The owners' portal tells the owner of a published site its readiness level and what the next one needs."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from opportunities.models import OwnerSubmission, Proponent
from owners.services import SESSION_KEY

pytestmark = pytest.mark.django_db


def signed_in_owner(client, site):
    user = get_user_model().objects.create_user(username="owner@chiari.example", email="owner@chiari.example")
    proponent = Proponent.objects.create(user=user, name="Ada Owner", tax_code="RSSMRA80A01H501U", role="owner")
    OwnerSubmission.objects.create(
        proponent=proponent,
        proponent_email=user.email,
        reference="CH-1",
        title=site.title,
        status=OwnerSubmission.Status.ACCEPTED,
        opportunity=site,
    )
    session = client.session
    session[SESSION_KEY] = user.pk
    session.save()


def test_the_dashboard_names_the_level_and_what_the_next_one_needs(client, sites):
    signed_in_owner(client, sites["S"])  # level 1: planning and environment not settled
    with translation.override("en"):
        response = client.get(reverse("owners:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Readiness level: <strong>Confirmed</strong>." in html
    assert "To reach “Permit-ready”, your site still needs:" in html
    assert "<li>Planning permits the uses listed</li>" in html
    assert "<li>Environmental status settled: not contaminated, or remediated</li>" in html


def test_the_italian_dashboard_says_it_in_italian(client, sites):
    signed_in_owner(client, sites["S"])
    with translation.override("it"):
        response = client.get(reverse("owners:dashboard"))
    html = response.content.decode()
    assert "Per arrivare a «" in html
