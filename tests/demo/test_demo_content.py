import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import ContactSettings, NavigationSettings

# The demo itself is the subject: these tests read the whole demo site.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "locale__language_code", "url_path", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "navigation": [list(n.main_menu.raw_data) for n in NavigationSettings.objects.all()],
        "contacts": list(ContactSettings.objects.values()),
    }


def test_demo_command_builds_both_languages_and_is_idempotent(demo_site):
    first = snapshot()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first

    languages = {lang for _pk, lang, _path, _live in first["pages"]}
    assert languages == {"en", "it"}
    paths = {path for _pk, _lang, path, _live in first["pages"]}
    for path in (
        "/home/privacy/",
        "/home/cookie-policy/",
        "/home/accessibility-statement/",
        "/home/investor-services/",
        "/home-it/dichiarazione-di-accessibilita/",
        "/home-it/servizi-per-investitori/",
    ):
        assert path in paths
    assert first["images"] >= 4


def test_demo_images_are_in_default_storage(demo_site):
    image = get_image_model().objects.first()
    from django.core.files.storage import default_storage

    assert default_storage.exists(image.file.name)
    assert "placeholder" in image.title


def test_demo_replaces_the_wagtail_welcome_page(demo_site):
    assert demo_site.root_page.specific.__class__.__name__ == "HomePage"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_every_section_is_linked_from_the_menu_and_the_home_page(client, demo_site):
    import re

    html = client.get("/it/").content.decode()
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for title in ("Settori", "Territori", "Aree ed edifici", "Ecosistema dell&#x27;innovazione", "Notizie ed eventi"):
        assert f">{title}</a>" in menu
    explore = html[html.index("La Lombardia da vicino") :]
    assert 'href="/it/settori/"' in explore
    assert 'href="/it/opportunita/"' in explore
