"""Printed booklets follow what they show: a success story, a site or an incentive published, changed or
unpublished prints again the booklets of the sectors it concerns, in its language only, one print per
booklet however many changes come in a row; the booklet's form says what the PDF holds."""

import copy
import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from sectors import booklets
from sectors.models import Booklet
from sectors.tasks import regenerate_booklet_task
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.factories import built_once_per_module
from tests.incentives.factories import IncentiveFactory
from tests.leads.factories import build_lead_site
from tests.pdfs.helpers import page_count, pdf_text

pytestmark = pytest.mark.django_db

_site = built_once_per_module(build_lead_site)


@pytest.fixture
def printed_site(_site, db):
    """The leads' bilingual site with every booklet printed from its page (no designed PDF)."""
    site = copy.deepcopy(_site)
    for pair in site.sectors.values():
        for page in (pair.en, pair.it):
            Booklet.objects.filter(sector=page).update(file="")
            booklets.generate(page)
    index = StoryIndexPage(title="Test stories", slug="stories", locale=site.tree.en.locale)
    site.tree.en.add_child(instance=index)
    index.save_revision().publish()
    site.stories = index
    return site


def booklet_of(page):
    return Booklet.objects.get(sector=page)


def text_of(page):
    return pdf_text(booklet_of(page).generated_file.read())


def story(site, title, sector, **fields):
    page = SuccessStoryPage(
        title=title, slug=title.lower().replace(" ", "-"), company_name="Test company", investment_mode="expansion"
    )
    page.year = fields.pop("year", 2024)
    site.stories.add_child(instance=page)
    page.sectors = [sector]
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_publishing_a_story_prints_its_sectors_booklet_again_and_no_other(
    printed_site, django_capture_on_commit_callbacks
):
    science, aerospace = printed_site.sectors["life-sciences"], printed_site.sectors["aerospace-defence"]
    before = {page.pk: booklet_of(page).generated_at for page in (science.en, science.it, aerospace.en, aerospace.it)}

    page = publish(story(printed_site, "Test story of a lab", science.en), django_capture_on_commit_callbacks)

    assert "Test story of a lab" in text_of(science.en)
    assert booklet_of(science.en).generated_at > before[science.en.pk]
    # Another sector, and the other language, keep their print.
    for other in (aerospace.en, science.it, aerospace.it):
        assert booklet_of(other).generated_at == before[other.pk]
    assert "Test story of a lab" not in text_of(aerospace.en)
    assert booklet_of(science.en).reprint_requested_at is None

    # Moved to another sector: it leaves the first booklet and enters the second.
    page.sectors = [aerospace.en]
    page = publish(page, django_capture_on_commit_callbacks)
    assert "Test story of a lab" not in text_of(science.en)
    assert "Test story of a lab" in text_of(aerospace.en)

    # Unpublished: gone from the booklet that showed it.
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "Test story of a lab" not in text_of(aerospace.en)


def test_a_changed_incentive_prints_the_booklets_that_list_it_again(printed_site, django_capture_on_commit_callbacks):
    science, aerospace = printed_site.sectors["life-sciences"], printed_site.sectors["aerospace-defence"]
    aerospace_print = booklet_of(aerospace.en).generated_at
    with django_capture_on_commit_callbacks(execute=True):
        grant = IncentiveFactory(name="Test grant for laboratories", instrument="grant", sectors=[science.en])
    assert "Test grant for laboratories" in text_of(science.en)
    assert booklet_of(aerospace.en).generated_at == aerospace_print

    grant.name = "Test renamed grant"
    with django_capture_on_commit_callbacks(execute=True):
        grant.save()
    text = text_of(science.en)
    assert "Test renamed grant" in text and "Test grant for laboratories" not in text

    with django_capture_on_commit_callbacks(execute=True):
        grant.delete()
    assert "Test renamed grant" not in text_of(science.en)


def test_a_site_published_for_a_sector_enters_its_booklet_and_leaves_it_when_unpublished(
    printed_site, django_capture_on_commit_callbacks
):
    from tests.opportunities.factories import build_catalogue, make_site

    science, aerospace = printed_site.sectors["life-sciences"], printed_site.sectors["aerospace-defence"]
    aerospace_print = booklet_of(aerospace.en).generated_at
    catalogue = build_catalogue(printed_site.tree)
    with django_capture_on_commit_callbacks(execute=True):
        site = make_site(catalogue.index, "Test lab plot", permitted_uses=["logistics"], sectors=[science.en])
    assert "Test lab plot" in text_of(science.en)
    assert booklet_of(aerospace.en).generated_at == aerospace_print  # logistics fits no function it targets

    with django_capture_on_commit_callbacks(execute=True):
        site.unpublish()
    assert "Test lab plot" not in text_of(science.en)


def test_ten_stories_published_in_a_row_queue_one_print_per_booklet(
    printed_site, settings, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    science, aerospace = printed_site.sectors["life-sciences"], printed_site.sectors["aerospace-defence"]
    titles = [f"Test story number {n}" for n in range(10)]
    for n, title in enumerate(titles):
        # The last one is about both sectors.
        page = story(printed_site, title, science.en, year=2010 + n)
        if n == 9:
            page.sectors = [science.en, aerospace.en]
        publish(page, django_capture_on_commit_callbacks)

    queued = [r for r in default_task_backend.results if r.task.func is regenerate_booklet_task.func]
    assert sorted(r.args[0] for r in queued) == sorted([science.en.pk, aerospace.en.pk])

    # The worker runs them: each booklet shows the six latest stories it lists, as its page does.
    for result in queued:
        regenerate_booklet_task.call(*result.args)
    text = text_of(science.en)
    assert all(title in text for title in titles[4:]) and titles[0] not in text
    assert "Test story number 9" in text_of(aerospace.en)
    assert not Booklet.objects.filter(reprint_requested_at__isnull=False).exists()


def test_the_booklet_form_says_what_the_pdf_holds_from_the_print_itself(client, printed_site):
    science = printed_site.sectors["life-sciences"]
    for page, language in ((science.en, "Language: English"), (science.it, "Lingua: italiano")):
        booklet = booklet_of(page)
        data = booklet.generated_file.read()
        html = client.get(page.booklet_url()).content.decode()
        meta = re.search(r'<p class="booklet-cover__meta">(.*?)</p>', html).group(1)

        code = page.locale.language_code
        with translation.override(code):
            size = filesizeformat(len(data))
            contact = translation.gettext("Contact the investment team")  # the print's last section
        pages = page_count(data)
        words = {"en": f"{pages} pages", "it": f"{pages} pagine"}[code]
        assert meta == f"PDF · {words} · {size} · {language}"
        # The sections are the print's own headings, in its language, each on the page the PDF has it on.
        sections = booklet.generated_sections
        assert contact in [section["title"] for section in sections]
        for section in sections:
            assert section["title"] in pdf_text(data)
            assert f"{section['title']}</span>" in html
            assert 1 <= section["page"] <= pages
