"""German, French, Chinese, Japanese and Arabic (issue 17): each has a home page of its own, served
with its language and direction; every other page is an untranslated copy that sends the visitor to
the English original with the notice; the German and French message catalogues are complete.

The new locales are built only here, by the demo's own step (home/demo/locales.py) on the small
factory site, so the rest of the suite keeps building two languages.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale

from home.demo.locales import NewLocalesLoader
from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory, build_site, built_once_per_module

pytestmark = pytest.mark.django_db

NEW_LANGUAGES = ["de", "fr", "zh-hans", "ja", "ar"]
PROJECT = Path(settings.BASE_DIR)


def add_new_languages():
    # The test settings leave them out of the demo that other tests read.
    with override_settings(DEMO_NEW_LANGUAGES=NEW_LANGUAGES):
        NewLocalesLoader(log=lambda line: None).run()


def build_seven_languages():
    """The factory site with an English page, then the new languages as the demo adds them."""
    site = build_site()
    page = StandardPageFactory(parent=site.en, title="Tax incentives", slug="tax-incentives")
    page.save_revision().publish()
    add_new_languages()
    return page


seven_languages = built_once_per_module(build_seven_languages)


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_each_new_language_has_a_home_page_in_its_language_and_direction(seven_languages, client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    direction = "rtl" if code == "ar" else "ltr"
    assert html_tag(response) == f'<html lang="{code}" dir="{direction}">'
    home = HomePage.objects.get(locale__language_code=code)
    assert home.alias_of_id is None, "the home page is a translation, not a copy of the English one"
    # Only the hero and summary are translated: the English blocks are not shown under another language.
    assert not home.key_figures and not home.highlights and not home.body


def test_english_and_italian_pages_stay_left_to_right(seven_languages, client):
    assert html_tag(client.get("/en/")) == '<html lang="en" dir="ltr">'
    assert html_tag(client.get("/it/")) == '<html lang="it" dir="ltr">'


def test_the_switcher_offers_every_language_by_its_own_name(seven_languages, client):
    html = client.get("/en/").content.decode()

    for code, name in settings.LANGUAGES:
        if code == "en":
            assert f'<span aria-current="true" lang="en">EN<span class="visually-hidden"> – {name}' in html
        else:
            label = code[:2].upper()
            assert re.search(rf'hreflang="{code}" lang="{code}" data-testid="switch-{code}">{label}<', html), code
            assert f"– {name}" in html
    # The Chinese home page marks itself as the current language (its code has a hyphen).
    chinese = client.get("/zh-hans/").content.decode()
    assert '<span aria-current="true" lang="zh-hans">ZH' in chinese


def test_an_english_page_under_de_redirects_to_the_original_with_the_notice(seven_languages, client):
    copy = StandardPage.objects.get(translation_key=seven_languages.translation_key, locale__language_code="de")
    assert copy.alias_of_id == seven_languages.pk, "the demo step gives every English page a German copy"

    response = client.get("/de/tax-incentives/?q=zls")

    assert response.status_code == 302
    assert response["Location"] == "/en/tax-incentives/?q=zls&untranslated=de"
    original = client.get(response["Location"]).content.decode()
    assert "Diese Seite ist noch nicht in Ihre Sprache übersetzt" in original
    assert 'href="/de/"' in original


def test_the_untranslated_copy_is_neither_an_alternate_nor_the_switchers_german_link(seven_languages, client):
    html = client.get("/en/tax-incentives/").content.decode()

    assert '<link rel="alternate" hreflang="it"' not in html  # the factory site has no Italian copy either
    assert '<link rel="alternate" hreflang="de"' not in html
    german = re.search(r'<a href="([^"]*)" hreflang="de"[^>]*>DE<span class="visually-hidden">([^<]*)<', html)
    assert german.group(1) == "/de/", "the nearest page translated into German is its home page"
    assert "(diese Seite ist noch nicht übersetzt)" in german.group(2)


def test_running_the_demo_step_again_adds_nothing(seven_languages):
    pages = StandardPage.objects.count() + HomePage.objects.count()

    add_new_languages()

    assert StandardPage.objects.count() + HomePage.objects.count() == pages
    assert Locale.objects.filter(language_code__in=NEW_LANGUAGES).count() == 5


PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sdf]|\{[a-z_0-9]*\}")


def catalogues(language):
    return sorted((PROJECT).glob(f"*/locale/{language}/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("language", ["it", "de", "fr", "zh_Hans", "ja", "ar"])
def test_every_app_with_a_catalogue_has_a_complete_one_in_each_language(language):
    apps = sorted(path.parent.name for path in PROJECT.glob("*/locale") if (path.parent / "apps.py").exists())
    found = [path.parts[-5] for path in catalogues(language)]
    assert found == apps, f"{language}: catalogues missing for {sorted(set(apps) - set(found))}"
    problems = []
    for path in catalogues(language):
        for entry in polib.pofile(str(path)):
            where = f"{path.parts[-5]}: {entry.msgid[:50]!r}"
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags or not entry.translated():
                problems.append(f"{where} untranslated or fuzzy")
                continue
            # A placeholder the English lacks fails at run time (KeyError); one it has and the translation
            # lacks loses a value. A plural's singular may leave the count out ("ein Standort").
            english = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
            for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
                found = set(PLACEHOLDER.findall(text))
                if not found <= english or (not entry.msgid_plural and found != english):
                    problems.append(f"{where} placeholders differ: {text[:60]!r}")
    assert problems == []
