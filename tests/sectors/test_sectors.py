"""Sector pages: the tree, a sector's value proposition in both languages, the index filter and the booklets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from sectors.models import SectorIndexPage, SectorPage

pytestmark = pytest.mark.django_db


def test_the_page_tree_is_locked(sector_site):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    index, _ = sector_site.index
    assert SectorIndexPage.can_create_at(home) is False  # one index per home page, already there
    assert SectorPage.can_create_at(home) is False
    assert SectorPage.can_create_at(index) is True
    assert SectorPage.allowed_subpage_models() == []
    assert SectorIndexPage.allowed_parent_page_models() == [HomePage]


def test_a_sector_page_shows_its_value_proposition(client, sector_site):
    response = client.get("/it/settori/scienza-di-prova/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="it" dir="ltr">' in html
    assert "<h1>Scienza di prova</h1>" in html
    assert "Titolo di prova" in html
    assert '<dd class="key-figure__value">+++</dd>' in html
    assert "Sotto-settore di prova" in html  # sub-sector, translated
    assert 'href="/it/settori/?function=rnd">Ricerca &amp; sviluppo di prova</a>' in html
    assert "Terra di prova" in html and "Campionia" in html
    assert "Cluster di prova" in html
    assert 'href="/it/settori/scienza-di-prova/booklet/"' in html
    assert 'hreflang="en" href="http://testserver/en/sectors/test-science/"' in html
    english = client.get("/en/sectors/test-science/").content.decode()
    assert "Test headline" in english and "Test sub-sector" in english and "Testland" in english
    assert "Titolo di prova" not in english


def test_a_sector_without_booklet_does_not_offer_one(client, sector_site):
    computing, _ = sector_site.others["datacenter"]
    html = client.get(computing.url).content.decode()
    assert "<h1>Test computing</h1>" in html
    assert "The sector booklet" not in html
    assert client.get(f"{computing.url}booklet/").status_code == 404
    assert "The sector booklet" in client.get("/en/sectors/test-science/").content.decode()


def test_the_index_filters_sectors_by_business_function(client, sector_site):
    html = client.get("/en/sectors/", {"function": "datacenter"}).content.decode()
    assert "Test computing" in html
    assert "Test science" not in html
    assert '<option value="datacenter" selected>Test data centres</option>' in html
    assert "1 sector" in html

    html = client.get("/it/settori/", {"function": "logistics"}).content.decode()
    assert "Trasporto di prova" in html
    assert "Scienza di prova" not in html
    assert "Mostrare tutti i settori" in html

    everything = client.get("/en/sectors/", {"function": "no-such-thing"}).content.decode()
    assert "3 sectors" in everything


def test_the_index_needs_the_same_queries_whatever_the_number_of_sectors(
    client, sector_site, django_assert_max_num_queries
):
    client.get("/en/sectors/")  # warm caches (site root, settings)
    with CaptureQueriesContext(connection) as ctx:
        client.get("/en/sectors/")
    few = len(ctx.captured_queries)
    index, _ = sector_site.index
    template, _ = sector_site.science
    for n in range(10):
        copy = template.copy(to=index, update_attrs={"slug": f"copy-{n}", "title": f"Copy {n}"}, copy_revisions=False)
        copy.save_revision().publish()
    client.get("/en/sectors/")  # publishing retired the cached menus: warm them again, as above
    with django_assert_max_num_queries(few):
        assert "Copy 9" in client.get("/en/sectors/").content.decode()


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
