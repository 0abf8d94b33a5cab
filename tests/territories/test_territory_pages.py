"""Territory ID cards: each card renders in both languages with its content (tests/territories/factories.py)."""

import json
import re
from unittest import TestCase

import pytest

from territories.models import TerritoryPage
from tests.territories.factories import TERRITORIES, ZLS_MUNICIPALITIES


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def geojson(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


class TerritoryCardTests(TestCase):
    @pytest.fixture(autouse=True)
    def _site(self, territory_site, client):
        self.site, self.client = territory_site, client

    def page(self, lang, **filters):
        return TerritoryPage.objects.get(locale__language_code=lang, **filters)

    def test_every_card_renders_in_both_languages(self):
        for lang in ("en", "it"):
            pages = TerritoryPage.objects.live().filter(locale__language_code=lang)
            self.assertEqual(pages.count(), len(TERRITORIES))
            for territory in pages:
                response = self.client.get(territory.url)
                html = response.content.decode()
                self.assertEqual(response.status_code, 200, territory.url)
                self.assertIn(f'<html lang="{lang}" dir="ltr">', html)
                self.assertIn(f"<h1>{territory.title}</h1>".replace("'", "&#x27;"), html)

    def test_province_card_is_in_the_visitors_language(self):
        html = self.client.get(self.page("it", province_code="MI").url).content.decode()
        self.assertIn("<h1>Provincia di Milano di prova</h1>", html)
        self.assertIn("Infrastrutture e collegamenti", html)
        self.assertIn("Aeroporto di prova", html)
        self.assertIn("Aeroporto", html)
        self.assertNotIn("Test airport", html)
        self.assertNotIn("Infrastructure and connectivity", html)

    def test_key_figures_show_value_source_and_year_as_table_and_chart(self):
        # Editors' own figures (the sourced indicators have their own table, tests/indicators).
        def figure(label, value, year):
            return {
                "type": "figure",
                "value": {
                    "label": label,
                    "value": value,
                    "unit": "residents",
                    "source": "ISTAT, average resident population",
                    "year": year,
                    "illustrative": False,
                    "in_chart": True,
                },
            }

        for lang in ("en", "it"):
            page = self.page(lang, province_code="PV")
            page.figures = [figure("Population 1995", 928779, "1995"), figure("Population 2013", 1100752, "2013")]
            page.save_revision().publish()
        html = self.client.get(self.page("en", province_code="PV").url).content.decode()
        table = re.search(r'<table class="figures-table">(.*?)</table>', html, re.S).group(1)
        self.assertIn("1,100,752 residents", table)
        self.assertIn("ISTAT, average resident population", table)
        self.assertIn("<td>2013</td>", table)
        # Both in the chart, the larger at full width.
        self.assertIn("bar-w-100", html)
        self.assertIn(f"bar-w-{round(100 * 928779 / 1100752)}", html)

        it_html = self.client.get(self.page("it", province_code="PV").url).content.decode()
        self.assertIn("1.100.752 residents", it_html)

    def test_illustrative_figures_are_marked_as_such(self):
        page = self.page("en", province_code="VA")
        self.assertNotIn("illustrative", self.client.get(page.url).content.decode())
        page.figures = [
            *page.figures.raw_data,
            {
                "type": "figure",
                "value": {
                    "label": "Warehouses",
                    "value": 12,
                    "unit": "",
                    "source": "Example",
                    "year": "2025",
                    "illustrative": True,
                    "in_chart": False,
                },
            },
        ]
        page.save_revision().publish()
        html = self.client.get(page.url).content.decode()
        self.assertIn('<strong class="tag tag--illustrative">illustrative</strong>', html)
        self.assertIn("are placeholders, not verified data", html)

    def test_zls_card_lists_its_municipalities_and_marks_those_in_the_state_aid_map(self):
        in_map = {name for name, _province, aid in ZLS_MUNICIPALITIES if aid}
        for lang in ("en", "it"):
            html = self.client.get(self.page(lang, kind="zls").url).content.decode()
            rows = re.findall(r'<tr class="municipality( municipality--aid)?">\s*<th scope="row">([^<]+)</th>', html)
            self.assertEqual(len(rows), 3)
            self.assertEqual({name for _aid, name in rows}, {name for name, _province, _aid in ZLS_MUNICIPALITIES})
            self.assertEqual({name for aid, name in rows if aid}, in_map)
        html = self.client.get(self.page("en", kind="zls").url).content.decode()
        self.assertIn("Test single authorisation within 60 days.", html)
        self.assertIn("3 municipalities", html)
        it_html = self.client.get(self.page("it", kind="zls").url).content.decode()
        self.assertIn("silenzio-assenso", it_html)
        self.assertIn("3 comuni", it_html)

    def test_zis_card_explains_the_innovation_zones(self):
        html = self.client.get(self.page("en", kind="zis").url).content.decode()
        self.assertIn("quintuple helix", html)
        it_html = self.client.get(self.page("it", kind="zis").url).content.decode()
        self.assertIn("quintupla elica", it_html)
        self.assertNotIn("quintuple helix", it_html)

    def test_territory_card_lists_the_ecosystem_entities_of_its_territory_in_its_language(self):
        html = self.client.get(self.page("en", province_code="PV").url).content.decode()
        self.assertIn("Test University of Pavia", html)
        self.assertIn("Test Pavia hospital", html)
        self.assertIn("University", html)
        self.assertNotIn("Test Milan polytechnic", html)
        self.assertIn("?province=PV", html)

        it_html = self.client.get(self.page("it", province_code="PV").url).content.decode()
        self.assertIn("Test University of Pavia", it_html)
        self.assertIn("Università", it_html)
        it_page = self.page("it", province_code="PV")
        self.assertTrue(all(e.locale.language_code == "it" for e in it_page.ecosystem_entities()))

        # The ZLS card shows the entities placed on it (the Cremona centre), in each language.
        zls_html = self.client.get(self.page("en", kind="zls").url).content.decode()
        self.assertIn("Test Cremona centre", zls_html)
        self.assertNotIn("Test University of Pavia", zls_html)
        self.assertEqual([e.locale.language_code for e in self.page("it", kind="zls").ecosystem_entities()], ["it"])

    def test_index_map_and_list_show_the_same_territories(self):
        index = self.site.index.en
        html = self.client.get(index.url).content.decode()
        features = geojson(html, "territories-geojson")["features"]
        listed = re.findall(r'<h3 class="card__title"><a href="([^"]+)">', html)
        self.assertEqual(sorted(listed), sorted(t.en.url for t in self.site.territories.values()))
        mapped = [f["properties"]["url"] for f in features]
        self.assertEqual(len(mapped), len(TERRITORIES) - 1)  # every card except the region-wide ZIS
        self.assertTrue(set(mapped) <= set(listed))
        self.assertIn('data-geojson="territories-geojson"', html)
        self.assertIn("Region-wide: not shown on the map.", html)

    def test_json_ld_describes_the_territory_as_a_place(self):
        data = json_ld(self.client.get(self.page("en", kind="zls").url).content.decode())
        self.assertEqual(len(data), 1)
        self.assertEqual(data[0]["@type"], "Place")
        self.assertEqual(data[0]["geo"]["@type"], "GeoCoordinates")
        province = json_ld(self.client.get(self.page("it", province_code="PV").url).content.decode())[0]
        self.assertEqual(province["@type"], "AdministrativeArea")
        self.assertEqual(province["name"], "Provincia di Pavia di prova")

    def test_open_graph_and_twitter_tags(self):
        page = self.page("en", province_code="VA")
        html = self.client.get(page.url).content.decode()
        self.assertIn(f'<meta property="og:title" content="{page.title}">', html)
        self.assertIn('<meta property="og:url" content="', html)
        self.assertIn('<meta name="twitter:card" content="summary">', html)

    def test_contact_is_shown(self):
        html = self.client.get(self.page("it", province_code="CR").url).content.decode()
        self.assertIn("Sportello territoriale di prova", html)
        self.assertIn('href="mailto:desk@cremona.example"', html)
