"""The detail page links the site's territory cards and sectors, in the visitor's language."""

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db

ZLS_EN = "ZLS Lombardia – Simplified logistics zone"
ZLS_IT = "ZLS Lombardia – Zona logistica semplificata"


def test_a_zls_site_links_its_province_the_zls_and_its_sectors_in_both_languages(client, demo_site):
    english = OpportunityPage.objects.get(slug="cremona-canal-port-logistics-area", locale__language_code="en")
    sectors = list(english.sectors.all())
    assert sectors, "the demo links every site to the sectors its permitted uses suit"
    html = client.get(english.url).content.decode()
    assert "Province of Cremona" in html and ZLS_EN in html
    for sector in sectors:
        assert f'href="{sector.url}"' in html

    italian_locale = Locale.objects.get(language_code="it")
    italian = english.get_translation(italian_locale)
    html = client.get(italian.url).content.decode()
    assert "Provincia di Cremona" in html and ZLS_IT in html
    for sector in sectors:
        translated = sector.get_translation(italian_locale)
        assert f'href="{translated.url}">{escape(translated.title)}</a>' in html
        assert f'href="{sector.url}"' not in html


def test_a_site_outside_the_zls_shows_only_its_province(client, demo_site):
    site = OpportunityPage.objects.filter(locale__language_code="en", province="MI", in_zls=False).first()
    html = client.get(site.url).content.decode()
    assert "Province of Milan" in html and ZLS_EN not in html
