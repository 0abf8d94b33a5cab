"""Management commands: synthetic data for benchmarks, the benchmark itself, the Excel import."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from opportunities.models import OpportunityIndexPage, OpportunityPage, OwnerSubmission
from tests.opportunities.test_excel import GOOD, workbook_bytes

pytestmark = pytest.mark.django_db


def test_synthetic_sites_are_written_in_bulk_as_a_valid_tree(client, catalogue):
    index = OpportunityIndexPage.objects.get(locale__language_code="en")
    before = index.get_children().count()
    call_command("generate_opportunities", 260, stdout=io.StringIO())  # more than one batch
    index.refresh_from_db()
    assert index.numchild == before + 260
    assert Page.find_problems() == ([], [], [], [], [])
    site = OpportunityPage.objects.get(slug="synthetic-000259")
    assert site.live and site.owner_consent and site.distance_motorway_km is not None
    response = client.get("/en/opportunities/synthetic-000259/")
    assert response.status_code == 200 and "Synthetic benchmark data" in response.content.decode()
    assert "1 site matches" in client.get("/en/opportunities/?q=Synthetic+site+000259").content.decode()
    # A second run adds more, after the first ones.
    call_command("generate_opportunities", 3, stdout=io.StringIO())
    assert OpportunityPage.objects.filter(slug="synthetic-000262").exists()


def test_benchmark_prints_its_figures(catalogue):
    out = io.StringIO()
    call_command("benchmark_catalogue", runs=2, stdout=out)
    text = out.getvalue()
    assert "median" in text and "p95" in text and "CPUs" in text and "HTTP 200" in text


def test_import_command_refuses_a_broken_file_and_imports_a_good_one(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(workbook_bytes([GOOD, {**GOOD, "reference": "SITE-2", "site_area_m2": -5}]))
    out = io.StringIO()
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_opportunities", str(broken), email="owner@example.com", stdout=out)
    assert "row 4, Superficie lotto (m²) / Site area (m²): Enter a number that is not negative." in out.getvalue()
    assert OwnerSubmission.objects.count() == 0

    good = tmp_path / "good.xlsx"
    good.write_bytes(workbook_bytes([GOOD]))
    call_command("import_opportunities", str(good), email="owner@example.com", stdout=io.StringIO())
    assert OwnerSubmission.objects.get().reference == "SITE-1"
