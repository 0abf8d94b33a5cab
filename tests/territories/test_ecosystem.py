"""The innovation-ecosystem directory: every entity of Tab. A, a map and a list that always agree."""

import json
import re
from decimal import Decimal

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.demo.facts import facts
from home.demo.loader import DemoLoader
from territories.demo.loader import TerritoryLoader
from territories.models import EcosystemEntity, EcosystemPage


def quiet(_line):
    pass


def listed_ids(html):
    return sorted(int(pk) for pk in re.findall(r'<li class="entity" id="entity-\d+" data-entity="(\d+)">', html))


def mapped_ids(html):
    match = re.search(r'<script id="ecosystem-geojson" type="application/json">(.*?)</script>', html, re.S)
    return sorted(feature["id"] for feature in json.loads(match.group(1))["features"])


class EcosystemTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        DemoLoader(log=quiet).run()
        TerritoryLoader(log=quiet).run()
        cls.page_en = EcosystemPage.objects.get(locale__language_code="en")
        cls.page_it = EcosystemPage.objects.get(locale__language_code="it")

    def test_every_entity_of_tab_a_is_in_the_directory_in_both_languages(self):
        names = [name for group in facts()["innovation_ecosystem"].values() for name in group]
        self.assertEqual(len(names), 142)
        for lang in ("en", "it"):
            entities = EcosystemEntity.objects.filter(locale__language_code=lang)
            self.assertEqual(entities.count(), len(names))
            self.assertEqual(sorted(entities.values_list("name", flat=True)), sorted(names))
            # Demo coordinates are municipality-level and flagged as such.
            self.assertFalse(entities.filter(coordinates_approximate=False).exists())
            self.assertFalse(entities.filter(latitude__isnull=True).exists())
        # Seats the demo could not confirm say so on the page, in each language.
        self.assertEqual(
            EcosystemEntity.objects.get(locale__language_code="it", name="Smilab").description,
            "Sede da verificare: per ora indicata a Milano.",
        )
        self.assertEqual(
            EcosystemEntity.objects.get(locale__language_code="en", name="Politecnico di Milano").description, ""
        )

    def test_unfiltered_page_shows_every_entity_on_the_map_and_in_the_list(self):
        html = self.client.get(self.page_en.url).content.decode()
        expected = sorted(EcosystemEntity.objects.filter(locale__language_code="en").values_list("pk", flat=True))
        self.assertEqual(listed_ids(html), expected)
        self.assertEqual(mapped_ids(html), expected)
        self.assertIn("142 entities found", html)
        self.assertIn("approximate location", html)

    def test_filter_by_category_and_province_gives_the_same_entities_in_list_and_map(self):
        cases = [
            (
                {"category": "university", "province": "PV"},
                {"Università degli Studi di Pavia", "IUSS - Istituto Universitario di Studi Superiori di Pavia"},
            ),
            (
                {"category": "research_hospital_public"},
                set(facts()["innovation_ecosystem"]["research_hospitals_public"]),
            ),
            ({"province": "LC"}, {"INRCA - IRCCS", "Istituto Scientifico Eugenio Medea – La Nostra Famiglia"}),
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
        self.assertEqual(len(ids), 2)  # ITS Lombardo Mobilità Sostenibile, ITS Incom
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
        self.assertIn("Scegli una provincia dall&#x27;elenco.", it_html)

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
        self.client.get(self.page_en.url)  # warm caches (site, locales)
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
        self.assertIn("242 entities found", html)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))

    def test_territory_page_query_count_does_not_grow_with_its_entities(self):
        from territories.models import TerritoryPage

        page = TerritoryPage.objects.get(locale__language_code="en", province_code="PV")
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
