"""The forms' select lists come from the shared cache (home/shared_choices.py), yet never go stale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leads.models import Lead
from sectors.models import Country
from tests.leads.helpers import contact_data

pytestmark = pytest.mark.django_db


def contact_page(client, lang="en"):
    return client.get(f"/{lang}/contact/" if lang == "en" else "/it/contatti/").content.decode()


def test_a_page_with_the_form_reads_its_lists_once_for_every_visitor(client, sector_site):
    # The site's first visit also creates its settings rows, which retires the shared fragments once.
    contact_page(client)
    contact_page(client)
    with CaptureQueriesContext(connection) as queries:
        html = contact_page(client.__class__())
    assert ">Germany</option>" in html
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"sectors_country"' not in tables


def test_a_country_added_renamed_or_deleted_shows_at_once(client, sector_site):
    assert "Atlantis" not in contact_page(client)
    atlantis = Country.objects.create(name="Atlantis", locale=Country.objects.first().locale)
    assert ">Atlantis</option>" in contact_page(client)
    atlantis.name = "Atlantis Republic"
    atlantis.save()
    assert ">Atlantis Republic</option>" in contact_page(client)
    atlantis.delete()
    assert "Atlantis" not in contact_page(client)


def test_each_language_keeps_its_own_labels(client, sector_site):
    contact_page(client)
    assert ">Germania</option>" in contact_page(client, "it")
    assert ">Germany</option>" in contact_page(client)


def test_a_posted_choice_is_still_checked_in_the_database(client, sector_site):
    contact_page(client)  # the lists are cached with the country in them
    data = contact_data()
    Country.objects.filter(pk=data["country"]).delete()
    response = client.post("/en/contact/", data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert Lead.objects.count() == 0
