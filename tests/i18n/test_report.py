"""Editors see, per language, which pages are not translated yet."""

import pytest

from tests.factories import StandardPageFactory, translate
from tests.i18n.factories import italian_copy, new_english_page

pytestmark = pytest.mark.django_db


def test_the_report_lists_the_pages_waiting_for_an_italian_translation(synced, admin_client):
    waiting = new_english_page(synced.en, title="Tax incentives", slug="tax-incentives")
    no_copy = StandardPageFactory(parent=synced.en, title="Never copied", slug="never-copied")
    done = StandardPageFactory(parent=synced.en, title="Guides", slug="guides")
    translate(done, title="Guide", slug="guide")

    response = admin_client.get("/admin/reports/untranslated/?language=it")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tax incentives" in html and "Never copied" in html and "Guides" not in html
    assert f'href="/admin/pages/{italian_copy(waiting).pk}/edit/"' in html  # the copy to translate
    assert f'href="/admin/localize/submit/page/{no_copy.pk}/"' in html


def test_the_report_is_in_the_admin_reports_menu(synced, admin_client):
    # The sidebar is drawn from JSON in the page.
    assert '"/admin/reports/untranslated/"' in admin_client.get("/admin/").content.decode()
