"""Sector booklets printed from their page: on publish, in the page's language, behind the gate."""

import re
import uuid

import pytest
from wagtail.models import Locale

from sectors import booklets
from sectors.models import Booklet, SectorIndexPage, SectorPage
from tests.factories import SectorPageFactory, translate
from tests.leads.helpers import gate_data
from tests.pdfs.helpers import page_count, pdf_text

pytestmark = pytest.mark.django_db


def key_figures(value, label, source, year):
    figure = {"value": value, "label": label, "source": source, "year": year}
    return [{"type": "key_figures", "value": {"heading": "", "figures": [figure]}, "id": str(uuid.uuid4())}]


def sub_sectors(*names):
    return [{"type": "sub_sector", "value": name, "id": str(uuid.uuid4())} for name in names]


def publish(page, django_capture_on_commit_callbacks):
    """Publishes as an editor does; the commit hands the booklet to the worker (immediate in tests)."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return SectorPage.objects.get(pk=page.pk)


def printed(page):
    booklet = Booklet.objects.get(sector=page)
    with booklet.pdf.open("rb") as handle:
        return booklet, handle.read()


def downloaded(client, page):
    """The PDF a visitor gets through the gate: form, 'ready' page, signed download."""
    response = client.post(page.booklet_url(), gate_data(page.locale.language_code, "life-sciences"))
    assert response.status_code == 302, response.content.decode()[:1500]
    ready = client.get(response["Location"]).content.decode()
    link = re.search(r'href="(/(?:en|it)/booklets/download/[^"]+/)"', ready).group(1)
    response = client.get(link)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_publishing_a_sector_page_prints_its_booklet_from_the_page_in_each_language(
    lead_site, django_capture_on_commit_callbacks
):
    index = SectorIndexPage.objects.get(locale__language_code="en")
    page = SectorPageFactory.build(
        title="Test printing sector",
        slug="test-printing",
        headline="Test headline of the printed page",
        summary="Test summary of the printed page.",
        key_figures=key_figures("123", "test projects counted", "Test statistics office", "2024"),
        sub_sectors=sub_sectors("Test sub-sector one", "Test sub-sector two"),
    )
    index.add_child(instance=page)
    page = publish(page, django_capture_on_commit_callbacks)

    booklet, data = printed(page)
    text = pdf_text(data)
    assert booklet.title == "Test printing sector" and not booklet.file
    for expected in (
        "Test printing sector",
        "Test headline of the printed page",
        "123",
        "test projects counted",
        "Test statistics office, 2024",  # every figure with its source and year
        "Test sub-sector one",
        "Sub-sectors",
        "Contact the investment team",
    ):
        assert expected in text, expected
    assert booklet.generated_pages == page_count(data) >= 2

    with django_capture_on_commit_callbacks(execute=True):
        italian = translate(
            page,
            slug="prova-stampa",
            title="Settore di prova stampato",
            headline="Titolo di prova della pagina stampata",
            sub_sectors=sub_sectors("Sotto-settore di prova"),
        )
    it_booklet, it_data = printed(italian)
    it_text = pdf_text(it_data)
    assert it_booklet.locale == Locale.objects.get(language_code="it")
    assert it_booklet.translation_key == booklet.translation_key
    for expected in ("Titolo di prova della pagina stampata", "Sotto-settore di prova", "Sotto-settori"):
        assert expected in it_text, expected
    assert "Sub-sectors" not in it_text and "Test headline" not in it_text


def test_a_booklet_is_printed_again_when_its_page_is_published_again(lead_site, django_capture_on_commit_callbacks):
    page = SectorPage.objects.get(locale__language_code="en", slug="aerospace-defence")
    page.headline = "Test first headline"
    page = publish(page, django_capture_on_commit_callbacks)
    first = Booklet.objects.get(sector=page)
    assert "Test first headline" in pdf_text(first.generated_file.read())
    old_name = first.generated_file.name

    page.headline = "Test second headline"
    page = publish(page, django_capture_on_commit_callbacks)
    second = Booklet.objects.get(sector=page)
    text = pdf_text(second.generated_file.read())
    assert "Test second headline" in text and "Test first headline" not in text
    assert second.generated_at > first.generated_at
    assert not second.generated_file.storage.exists(old_name)  # the old print is not left behind

    # The worker's job again, without a new publication: nothing to print.
    assert booklets.regenerate(page.pk).generated_file.name == second.generated_file.name


def test_an_uploaded_designed_pdf_takes_precedence_over_the_printed_one(
    client, lead_site, django_capture_on_commit_callbacks
):
    page = SectorPage.objects.get(locale__language_code="en", slug="life-sciences")
    page.headline = "Test headline only the printed booklet has"
    page = publish(page, django_capture_on_commit_callbacks)
    booklet = Booklet.objects.get(sector=page)
    assert booklet.file and booklet.generated_file
    with booklet.file.open("rb") as handle:
        designed = handle.read()

    assert downloaded(client, page) == designed
    assert "Test headline only the printed booklet has" not in pdf_text(designed)

    # Without the upload, visitors receive the booklet printed from the page.
    booklet.file = ""
    booklet.save()
    assert "Test headline only the printed booklet has" in pdf_text(downloaded(client, page))


def test_the_booklet_is_read_online_behind_the_same_form_as_its_download(
    client, lead_site, django_capture_on_commit_callbacks
):
    page = SectorPage.objects.get(locale__language_code="en", slug="life-sciences")
    page.headline = "Test headline to read online"
    page.key_figures = key_figures("45", "test labs", "Test research registry", "2025")
    page = publish(page, django_capture_on_commit_callbacks)
    read_url = page.booklet_read_url()
    assert read_url == "/en/sectors/life-sciences/booklet/read/"

    response = client.get(read_url)
    assert response.status_code == 302 and response["Location"] == page.booklet_url()

    downloaded(client, page)
    response = client.get(read_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Test headline to read online" in html and "Test research registry, 2025" in html
    assert "no-cache" in response["Cache-Control"]  # a visitor's unlocked reading never enters the page cache
    # The 'ready' page after the form links to it.
    ready = client.post(page.booklet_url(), {"returning": "1"})
    assert read_url in client.get(ready["Location"]).content.decode()


def test_the_print_fetches_no_remote_address(lead_site, monkeypatch):
    """An editor's image or stylesheet on another host is left out of the print, never fetched."""
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the renderer opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    from home.pdf import render_pdf

    data = render_pdf(
        '<link rel="stylesheet" href="https://cdn.example/x.css"><img src="http://169.254.169.254/latest">'
        '<link rel="stylesheet" href="/static/css/site.css"><p>Test local print</p>'
    )
    assert "Test local print" in pdf_text(data)
