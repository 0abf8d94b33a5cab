"""Sector pages: the tree, the demo content in both languages, the index filter and the booklets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.demo.facts import facts
from home.models import HomePage, NavigationSettings
from sectors.demo.loader import SectorsLoader
from sectors.models import Booklet, BusinessFunction, Country, SectorIndexPage, SectorPage

pytestmark = pytest.mark.django_db


def test_the_page_tree_is_locked(sector_site):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    index = SectorIndexPage.objects.get(locale__language_code="en")
    assert SectorIndexPage.can_create_at(home) is False  # one index per home page, already there
    assert SectorPage.can_create_at(home) is False
    assert SectorPage.can_create_at(index) is True
    assert SectorPage.allowed_subpage_models() == []
    assert SectorIndexPage.allowed_parent_page_models() == [HomePage]


def test_every_sector_of_the_strategy_has_a_page_in_both_languages(client, sector_site):
    for sector in facts()["sectors"]:
        en = SectorPage.objects.get(locale__language_code="en", title=sector["en"])
        it = en.get_translation(Page.objects.get(pk=en.pk).locale.__class__.objects.get(language_code="it"))
        assert it.title == sector["it"]
        assert it.headline and it.headline != en.headline
        for page, lang in ((en, "en"), (it, "it")):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'<html lang="{lang}">' in response.content.decode()


def test_a_sector_page_shows_its_value_proposition(client, sector_site):
    html = client.get("/it/settori/scienze-della-vita/").content.decode()
    assert "<h1>Scienze della vita</h1>" in html
    assert "Ospedali di ricerca, università e stabilimenti farmaceutici" in html
    assert '<dd class="key-figure__value">+++</dd>' in html
    assert "Terapia genica" in html  # sub-sector, translated
    assert 'href="/it/settori/?function=rnd">Ricerca &amp; sviluppo</a>' in html
    assert "Svizzera" in html and "Giappone" in html
    assert "Cluster Lombardo Scienze della vita" in html
    assert 'href="/it/settori/scienze-della-vita/booklet/"' in html
    assert 'hreflang="en" href="http://testserver/en/sectors/life-sciences/"' in html


def test_a_sector_without_booklet_does_not_offer_one(client, sector_site):
    html = client.get("/en/sectors/consumer-goods/").content.decode()
    assert "The sector booklet" not in html
    assert client.get("/en/sectors/consumer-goods/booklet/").status_code == 404


def test_the_index_filters_sectors_by_business_function(client, sector_site):
    html = client.get("/en/sectors/", {"function": "datacenter"}).content.decode()
    assert "Information &amp; Communication Technology" in html
    assert "Life sciences" not in html
    assert '<option value="datacenter" selected>Data centres</option>' in html
    assert "1 sector" in html

    html = client.get("/it/settori/", {"function": "logistics"}).content.decode()
    assert "Trasporto &amp; Logistica" in html
    assert "Scienze della vita" not in html
    assert "Mostra tutti i settori" in html

    everything = client.get("/en/sectors/", {"function": "no-such-thing"}).content.decode()
    assert f"{len(facts()['sectors'])} sectors" in everything


def test_the_index_needs_the_same_queries_whatever_the_number_of_sectors(
    client, sector_site, django_assert_max_num_queries
):
    client.get("/en/sectors/")  # warm caches (site root, settings)
    with CaptureQueriesContext(connection) as ctx:
        client.get("/en/sectors/")
    few = len(ctx.captured_queries)
    index = SectorIndexPage.objects.get(locale__language_code="en")
    template = SectorPage.objects.get(locale__language_code="en", slug="life-sciences")
    for n in range(10):
        copy = template.copy(to=index, update_attrs={"slug": f"copy-{n}", "title": f"Copy {n}"}, copy_revisions=False)
        copy.save_revision().publish()
    client.get("/en/sectors/")  # publishing retired the cached menus: warm them again, as above
    with django_assert_max_num_queries(few):
        assert "Copy 9" in client.get("/en/sectors/").content.decode()


def test_taxonomies_are_translatable_snippets_from_the_facts(sector_site):
    assert BusinessFunction.objects.filter(locale__language_code="en").count() == len(facts()["activities"])
    rnd = BusinessFunction.objects.get(locale__language_code="en", key="rnd")
    assert rnd.get_translation(rnd.locale.__class__.objects.get(language_code="it")).name == "Ricerca & sviluppo"
    germany = Country.objects.get(locale__language_code="en", name="Germany")
    assert germany.region.name == "Western Europe"
    assert Country.objects.filter(
        locale__language_code="it", name="Germania", region__name="Europa occidentale"
    ).exists()


def test_each_booklet_of_the_strategy_exists_in_both_languages_as_a_pdf(sector_site):
    with_booklet = [s for s in facts()["sectors"] if s.get("booklet")]
    assert Booklet.objects.count() == 2 * len(with_booklet)
    for booklet in Booklet.objects.select_related("sector", "locale"):
        assert booklet.locale_id == booklet.sector.locale_id
        with booklet.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
        assert len(booklet.contents) == 5


def test_the_loader_can_run_again_without_duplicating(sector_site):
    counts = (SectorPage.objects.count(), Booklet.objects.count(), Country.objects.count())
    SectorsLoader(log=lambda line: None).run()
    assert (SectorPage.objects.count(), Booklet.objects.count(), Country.objects.count()) == counts
    menu = NavigationSettings.for_site(sector_site).main_menu
    index = SectorIndexPage.objects.get(locale__language_code="en")
    assert [block.value["page"].pk for block in menu].count(index.pk) == 1


def test_the_main_menu_leads_to_the_sectors(client, sector_site):
    assert 'href="/it/settori/"' in client.get("/it/").content.decode()


def test_on_local_disk_booklets_are_kept_outside_the_public_media_folder(client, db, settings, tmp_path):
    from pathlib import Path

    from django.core.files.base import ContentFile
    from django.core.files.storage import FileSystemStorage

    from sectors.models import private_storage

    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    media = Path(settings.MEDIA_ROOT).resolve()
    default_location = Path(private_storage().location).resolve()
    assert media not in default_location.parents and default_location != media

    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    storage = private_storage()
    assert isinstance(storage, FileSystemStorage)
    name = storage.save("booklets/0123456789abcdef0123456789abcdef/test.pdf", ContentFile(b"%PDF-1.4 test"))
    assert Path(storage.path(name)).is_file()
    # Media files are served in this configuration, yet the booklet is not among them.
    assert settings.SERVE_MEDIA
    assert client.get(f"{settings.MEDIA_URL}{name}").status_code == 404
