"""The catalogue's open data: a CSV that starts with its header, and DCAT-AP_IT metadata it links to."""

import csv
import io
import json

import pytest
from django.conf import settings
from django.utils import timezone

from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    tree = build_catalogue()
    tree.sites = [
        make_site(
            tree.index,
            "Cremona logistics park",
            site_area_m2=42000,
            planning_status="compliant",
            last_verified=timezone.localdate(),
        ),
        make_site(tree.index, '=HYPERLINK("http://evil")', municipality="Lodi", province="LO"),
        make_site(tree.index, 'Brescia, former foundry; "north" lot', municipality="Brescia", province="BS"),
    ]
    return tree


def test_the_csv_parses_with_dictreader_and_holds_every_published_site(client, catalogue):
    response = client.get("/en/opportunities/export/csv/")
    assert response.status_code == 200
    text = response.getvalue().decode("utf-8")  # streamed (opportunities.exports)
    assert text.startswith("id,title,url,")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(int(row["id"]) for row in rows) == sorted(site.pk for site in catalogue.sites)
    by_title = {row["title"]: row for row in rows}
    assert 'Brescia, former foundry; "north" lot' in by_title
    assert '\'=HYPERLINK("http://evil")' in by_title  # still neutralised against spreadsheet formulas
    cremona = by_title["Cremona logistics park"]
    assert cremona["istat_code"] == "019036"
    assert cremona["readiness_level"] == "1"
    assert cremona["readiness"] == "Confirmed"
    assert cremona["last_modified"].startswith(str(catalogue.sites[0].last_published_at.date()))
    assert "schema" not in text.splitlines()[0].lower()


def test_an_empty_catalogue_still_gives_the_whole_header(client):
    build_catalogue()
    text = client.get("/en/opportunities/export/csv/").getvalue().decode()
    assert csv.DictReader(io.StringIO(text)).fieldnames[-2:] == ["latitude", "longitude"]


@pytest.mark.parametrize(("path", "extension"), [("export/csv/", "csv"), ("export/geojson/", "geojson")])
def test_exports_name_their_schema_version_and_link_metadata_that_resolves(client, catalogue, path, extension):
    response = client.get(f"/en/opportunities/{path}")
    assert f'filename="lombardy-investment-sites-v1.0.{extension}"' in response["Content-Disposition"]
    link = response["Link"]
    assert 'rel="license"' in link and "creativecommons.org/licenses/by/4.0/" in link
    described_by = link.split(">;")[0].lstrip("<")
    assert described_by == "http://testserver/api/v2/catalogue/metadata.jsonld"
    metadata = client.get(described_by)
    assert metadata.status_code == 200
    assert metadata["Content-Type"].startswith("application/ld+json")


def test_metadata_describes_the_dataset_in_both_languages(client, catalogue):
    body = json.loads(client.get("/api/v2/catalogue/metadata.jsonld").content)
    assert "dcatapit:Catalog" in body["@type"]
    dataset = body["dcat:dataset"][0]
    assert "dcatapit:Dataset" in dataset["@type"]
    titles = {t["@language"]: t["@value"] for t in dataset["dct:title"]}
    assert titles["en"] == "Investment sites in Lombardy"
    assert titles["it"] == "Aree e immobili per investire in Lombardia"
    # Described in every language the site speaks (the labels are translated strings, not page content).
    assert {d["@language"] for d in dataset["dct:description"]} == {code for code, _name in settings.LANGUAGES}
    assert dataset["dct:publisher"]["foaf:name"] == "Regione Lombardia"
    assert body["dct:license"]["foaf:name"] == "CC BY 4.0"
    latest = max(site.last_published_at for site in catalogue.sites)
    assert dataset["dct:modified"]["@value"] == latest.date().isoformat()
    distributions = {d["dcat:mediaType"]: d for d in dataset["dcat:distribution"]}
    assert set(distributions) == {"text/csv", "application/geo+json", "application/json"}
    assert distributions["text/csv"]["dcat:downloadURL"]["@id"] == "http://testserver/en/opportunities/export/csv/"
    assert distributions["application/json"]["dcat:accessURL"]["@id"].endswith("/api/v2/catalogue/feed.json")
    assert all(d["dct:conformsTo"]["owl:versionInfo"] == "1.0" for d in distributions.values())
    assert all(
        d["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/" for d in distributions.values()
    )


def test_the_publisher_comes_from_the_sites_contacts_when_set(client, catalogue):
    from home.models import ContactSettings

    ContactSettings.objects.update_or_create(
        site=catalogue.site, defaults={"organisation": "Regione Lombardia – DG Sviluppo"}
    )
    body = json.loads(client.get("/api/v2/catalogue/metadata.jsonld").content)
    assert body["dct:publisher"]["foaf:name"] == "Regione Lombardia – DG Sviluppo"


def test_the_catalogue_page_links_its_open_data(client, catalogue):
    html = client.get("/en/opportunities/").content.decode()
    assert (
        '<link rel="alternate" type="application/ld+json" href="http://testserver/api/v2/catalogue/metadata.jsonld"'
        in html
    )
    italian = client.get("/it/opportunita/").content.decode()
    assert 'href="http://testserver/api/v2/catalogue/metadata.jsonld?locale=it"' in italian
    assert ">Open data: description and licence (DCAT-AP_IT)</a>" in html
