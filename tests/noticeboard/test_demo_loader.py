"""The demo's noticeboard: its page in both languages, once however often the demo is loaded, and no notice."""

import pytest

from noticeboard.demo.loader import NoticeboardLoader
from noticeboard.models import Notice, NoticeboardPage
from tests.factories import build_site, built_once_per_module

pytestmark = pytest.mark.django_db

bare_site = built_once_per_module(build_site)


def test_the_loader_makes_the_page_in_both_languages_once_and_invents_no_notice(bare_site, client):
    for _ in range(2):
        NoticeboardLoader(log=lambda line: None).run()
    pages = NoticeboardPage.objects.live().order_by("locale__language_code")
    assert [(page.locale.language_code, page.slug) for page in pages] == [("en", "noticeboard"), ("it", "bacheca")]
    assert not Notice.objects.exists()
    italian = client.get("/it/bacheca/").content.decode()
    assert "Bacheca domanda e offerta" in italian
    assert 'href="/it/bacheca/"' in client.get("/it/").content.decode()
