"""A site published in English after the Italian catalogue exists is not listed in Italian until it is
translated: its synchronised copy is an English page under /it/ (issue 17)."""

import pytest
from wagtail_localize.synctree import create_aliases_for_new_page

from opportunities.models import OpportunityPage
from tests.factories import locales
from tests.opportunities.factories import build_catalogue, make_site, translate_site

pytestmark = pytest.mark.django_db


def test_the_italian_catalogue_leaves_out_an_untranslated_copy_of_a_site(synced, client):
    catalogue = build_catalogue(synced)
    # One site translated already: the Italian catalogue lists Italian sites (with none, it lists the
    # English ones with a notice, opportunities/site_language.py, and never the copy).
    translated = make_site(catalogue.index, "Warehouse in Lodi", slug="warehouse-lodi")
    create_aliases_for_new_page(translated)
    OpportunityPage.objects.get(translation_key=translated.translation_key, locale=locales()[1]).delete()
    translate_site(translated, "Magazzino a Lodi")
    site = make_site(catalogue.index, "Former foundry in Lecco")
    create_aliases_for_new_page(site)  # what the admin does when an editor adds the site
    copy = OpportunityPage.objects.get(translation_key=site.translation_key, locale=locales()[1])
    assert copy.alias_of_id == site.pk and copy.live

    english = client.get(catalogue.index.url).content.decode()
    italian = client.get(catalogue.it_index.url).content.decode()

    assert "Former foundry in Lecco" in english
    assert "Former foundry in Lecco" not in italian
    assert "Magazzino a Lodi" in italian
