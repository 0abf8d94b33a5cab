"""The innovation-ecosystem directory: a map and a list that always agree.

The entities are those of tests/territories/factories.py.
"""

import json
import re
from decimal import Decimal
from unittest import TestCase

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from territories.models import EcosystemEntity
from tests.territories.factories import ENTITIES


def listed_ids(html):
    return sorted(int(pk) for pk in re.findall(r'<li class="entity" id="entity-\d+" data-entity="(\d+)">', html))


def mapped_ids(html):
    match = re.search(r'<script id="ecosystem-geojson" type="application/json">(.*?)</script>', html, re.S)
    return sorted(feature["id"] for feature in json.loads(match.group(1))["features"])


class EcosystemTests(TestCase):
    @pytest.fixture(autouse=True)
    def _site(self, territory_site, client):
        self.site, self.client = territory_site, client
        self.page_en, self.page_it = territory_site.ecosystem.en, territory_site.ecosystem.it

    def test_every_entity_is_in_the_directory_in_both_languages(self):
        for lang in ("en", "it"):
            entities = EcosystemEntity.objects.filter(locale__language_code=lang)
            self.assertEqual(sorted(entities.values_list("name", flat=True)), sorted(ENTITIES))
        # The Italian description is shown on the Italian page only.
        it_html = self.client.get(self.page_it.url).content.decode()
        self.assertIn("Descrizione di prova di Test Pavia hospital", it_html)
        self.assertNotIn("Descrizione di prova", self.client.get(self.page_en.url).content.decode())

    def test_unfiltered_page_shows_every_entity_on_the_map_and_in_the_list(self):
        html = self.client.get(self.page_en.url).content.decode()
        expected = sorted(EcosystemEntity.objects.filter(locale__language_code="en").values_list("pk", flat=True))
        self.assertEqual(listed_ids(html), expected)
        self.assertEqual(mapped_ids(html), expected)
        self.assertIn(f"{len(ENTITIES)} entities found", html)
        self.assertIn("approximate location", html)

    def test_filter_by_category_and_province_gives_the_same_entities_in_list_and_map(self):
        cases = [
            ({"category": "university", "province": "PV"}, {"Test University of Pavia"}),
            ({"category": "university"}, {"Test University of Pavia", "Test Milan polytechnic"}),
            ({"province": "VA"}, {"Test Varese ITS", "Test Busto ITS"}),
        ]
        for params, names in cases:
            html = self.client.get(self.page_en.url, params).content.decode()
            expected = EcosystemEntity.objects.filter(locale__language_code="en", name__in=names)
            self.assertEqual(expected.count(), len(names))
            ids = sorted(expected.values_list("pk", flat=True))
            self.assertEqual(listed_ids(html), ids, params)
            self.assertEqual(mapped_ids(html), ids, params)

    def test_filters_work_in_italian_on_italian_entities(self):
        response = self.client.get(self.page_it.url, {"category": "its", "province": "VA"})
        html = response.content.decode()
        ids = listed_ids(html)
        self.assertEqual(len(ids), 2)  # Test Varese ITS, Test Busto ITS
        self.assertEqual(
            set(EcosystemEntity.objects.filter(pk__in=ids).values_list("locale__language_code", flat=True)), {"it"}
        )
        self.assertEqual(mapped_ids(html), ids)
        self.assertIn("2 soggetti trovati", html)
        self.assertIn("Istituto tecnologico superiore (ITS Academy)", html)

    def test_unknown_filter_value_is_explained_and_ignored(self):
        html = self.client.get(self.page_en.url, {"category": "spaceport", "province": "MI"}).content.decode()
        self.assertIn("Choose a category from the list.", html)
        # The valid filter still applies, and the map and list agree.
        self.assertEqual(listed_ids(html), mapped_ids(html))
        self.assertEqual(
            len(listed_ids(html)), EcosystemEntity.objects.filter(locale__language_code="en", province="MI").count()
        )
        it_html = self.client.get(self.page_it.url, {"province": "XX"}).content.decode()
        self.assertIn("Scelga una provincia dall&#x27;elenco.", it_html)

    def test_filter_form_keeps_the_chosen_values(self):
        html = self.client.get(self.page_en.url, {"category": "cluster", "province": "MI"}).content.decode()
        self.assertIn('<option value="cluster" selected>', html)
        self.assertIn('<option value="MI" selected>', html)

    def test_entities_without_coordinates_are_listed_and_say_they_are_not_on_the_map(self):
        entity = EcosystemEntity.objects.create(
            locale=Locale.objects.get(language_code="en"),
            name="Nowhere Hub",
            category="innovation_hub",
            municipality="Sondrio",
            province="SO",
        )
        html = self.client.get(self.page_en.url, {"province": "SO"}).content.decode()
        self.assertIn(entity.pk, listed_ids(html))
        self.assertNotIn(entity.pk, mapped_ids(html))
        self.assertIn("Nowhere Hub</span>", html)
        self.assertIn("not on the map", html)

    def test_markers_sharing_a_municipality_are_fanned_out_but_stay_near_it(self):
        html = self.client.get(self.page_en.url, {"province": "MI"}).content.decode()
        match = re.search(r'<script id="ecosystem-geojson" type="application/json">(.*?)</script>', html, re.S)
        features = json.loads(match.group(1))["features"]
        points = [tuple(f["geometry"]["coordinates"]) for f in features]
        self.assertEqual(len(points), len(set(points)))  # no two markers on the same spot
        entities = EcosystemEntity.objects.in_bulk([f["id"] for f in features])
        for feature in features:
            entity = entities[feature["id"]]
            lon, lat = feature["geometry"]["coordinates"]
            # Within about 7 km of the municipality's centre, which is all "approximate" claims.
            self.assertLess(abs(lat - float(entity.latitude)), 0.065, entity.name)
            self.assertLess(abs(lon - float(entity.longitude)), 0.09, entity.name)

    def test_names_typed_by_editors_are_escaped_in_list_and_map(self):
        EcosystemEntity.objects.create(
            locale=Locale.objects.get(language_code="en"),
            name="<script>alert(1)</script> Lab",
            category="incubator",
            municipality="Milano",
            province="MI",
            latitude=Decimal("45.46"),
            longitude=Decimal("9.19"),
        )
        html = self.client.get(self.page_en.url, {"category": "incubator"}).content.decode()
        self.assertNotIn("<script>alert(1)</script>", html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt; Lab", html)
        self.assertIn("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E Lab", html)

    def test_query_count_does_not_grow_with_the_number_of_entities(self):
        # Warm caches (site, locales, menus). Twice: on a new site the first request creates the
        # settings rows, which retires the cached menus (home/content_version.py).
        self.client.get(self.page_en.url)
        self.client.get(self.page_en.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(self.page_en.url)
        en = Locale.objects.get(language_code="en")
        EcosystemEntity.objects.bulk_create(
            EcosystemEntity(
                locale=en,
                name=f"Extra lab {n}",
                category="incubator",
                municipality="Milano",
                province="MI",
                latitude=Decimal("45.46"),
                longitude=Decimal("9.19"),
                translation_key=f"00000000-0000-0000-0000-{n:012d}",
            )
            for n in range(100)
        )
        with CaptureQueriesContext(connection) as after:
            html = self.client.get(self.page_en.url).content.decode()
        self.assertIn(f"{len(ENTITIES) + 100} entities found", html)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))

    def test_territory_page_query_count_does_not_grow_with_its_entities(self):
        page = self.site.territories["PV"].en
        self.client.get(page.url)  # twice, as above
        self.client.get(page.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(page.url)
        en = Locale.objects.get(language_code="en")
        EcosystemEntity.objects.bulk_create(
            EcosystemEntity(
                locale=en,
                name=f"Pavia lab {n}",
                category="cluster",
                municipality="Pavia",
                province="PV",
                translation_key=f"00000000-0000-0000-0001-{n:012d}",
            )
            for n in range(50)
        )
        with CaptureQueriesContext(connection) as after:
            html = self.client.get(page.url).content.decode()
        self.assertIn("Pavia lab 49", html)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))
