"""Sector pages show investors sourced, dated figures, never the strategy's internal ratings."""

import pytest

from sectors.demo.loader import SectorsLoader
from sectors.models import SectorPage

pytestmark = pytest.mark.django_db


def test_demo_sector_figures_have_a_source_and_a_period_and_no_rating(client, site_tree):
    SectorsLoader(log=lambda _line: None).run()
    pages = SectorPage.objects.live()
    assert pages.filter(locale__language_code="it").count() == pages.filter(locale__language_code="en").count() == 13
    for page in pages:
        for block in page.key_figures:
            for figure in block.value["figures"]:
                assert figure["source"] and figure["year"], (page.title, figure["label"])
                assert "+" not in figure["value"]
                assert "all sectors" in figure["label"] or "tutti i settori" in figure["label"]
        html = client.get(page.url).content.decode()
        assert "+++" not in html and "scale from + to" not in html and "su una scala da +" not in html
        assert "priority tier" not in html and "livello di priorità" not in html
