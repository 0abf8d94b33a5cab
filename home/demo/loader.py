"""Builds the bilingual demo site: locales, images, home page, generic pages, menus, contacts.

Idempotent: what exists is left alone, so a second run changes nothing and editors' changes
to demo pages survive. Images are written through default_storage, so this works on S3 too.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from home.demo import blocks as b
from home.demo.data import demo_data, localized
from home.models import ContactSettings, HomePage, NavigationSettings, StandardPage

IMAGES_DIR = Path(__file__).resolve().parent / "images"


def site_data():
    """home/demo/site.yaml: the home page, generic pages, menus and contacts."""
    return demo_data("home", "site")


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.images = {}

    @transaction.atomic
    def run(self):
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.it = Locale.objects.get_or_create(language_code="it")[0]
        self.ensure_roots()
        # Synchronised trees: a page created in English gets an Italian alias to translate.
        LocaleSynchronization.objects.get_or_create(locale=self.it, defaults={"sync_from": self.en})
        self.load_images()
        home, created = self.home_page()
        it_home = home.get_translation_or_none(self.it) or self.translate_home(home)
        pages = {spec["key"]: self.standard_page(home, spec["fields"]) for spec in site_data()["pages"]}
        if created:
            # The home page links to its children, so it is completed once they exist. Fresh
            # copies: the ones in memory predate the children and would reset the tree counts.
            self.fill_home(HomePage.objects.get(pk=home.pk), "en", pages)
            self.fill_home(HomePage.objects.get(pk=it_home.pk), "it", pages)
        self.menus(home.get_site(), pages)
        return home

    def ensure_roots(self):
        """The tree and collection roots Wagtail's migrations create, in case a database was emptied."""
        if not Collection.objects.exists():
            Collection.add_root(name="Root")
        if not Page.objects.exists():
            Page.add_root(title="Root", slug="root", locale=self.en)

    def load_images(self):
        Image = get_image_model()
        for path in sorted(IMAGES_DIR.glob("*.jpg")):
            title = site_data()["image_title"].format(path.stem.replace("-", " "))
            image = Image.objects.filter(title=title).first()
            if image is None:
                with path.open("rb") as handle:
                    image = Image(title=title, file=ImageFile(handle, name=path.name))
                    image.save()
                self.log(f"Image: {title}")
            self.images[path.stem] = image.pk

    def home_page(self):
        home = HomePage.objects.filter(locale=self.en, depth=2).first()
        if home is not None:
            return home, False
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a "Welcome" page as the site root; the demo replaces it.
        for stray in root.get_children().filter(depth=2).exclude(content_type__model="homepage"):
            stray.delete()
        text = localized(site_data()["home"], "en")
        home = HomePage(
            title=text["title"],
            slug="home",
            locale=self.en,
            hero_title=text["hero_title"],
            hero_intro=text["hero_intro"],
            hero_image_id=self.images.get("alps-and-lakes"),
            summary=text["summary"],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        site.root_page = home
        site.site_name = site_data()["site_name"]
        site.save()
        self.log("Home page (en)")
        return home, True

    def fill_home(self, home, lang, pages):
        text = localized(site_data()["home"], lang, self.images)
        about, services = pages["about"][lang], pages["services"][lang]
        home.hero_cta_label = text["hero_cta_label"]
        home.hero_cta_page = services
        home.key_figures = [text["key_figures"]]
        home.highlights = [
            b.featured_pages(text["highlights_heading"], text["highlights_intro"], [about.pk, services.pk])
        ]
        cta = text["cta"]
        home.body = [b.call_to_action(cta["title"], cta["text"], cta["button_label"], page_id=services.pk)]
        home.save_revision().publish()

    def translate_home(self, home):
        text = localized(site_data()["home"], "it")
        it_home = home.copy_for_translation(self.it)
        # Siblings under the root need distinct slugs; a home page's slug never shows in a URL.
        it_home.slug = "home-it"
        for field in ("title", "hero_title", "hero_intro", "summary"):
            setattr(it_home, field, text[field])
        it_home.save_revision().publish()
        self.log("Home page (it)")
        return it_home

    def standard_page(self, home, fields):
        en_fields = localized(fields, "en", self.images)
        page = StandardPage.objects.child_of(home).filter(slug=en_fields["slug"]).first()
        if page is None:
            page = StandardPage(**en_fields)
            home.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Page (en): {page.title}")
        translated = page.get_translation_or_none(self.it)
        if translated is None:
            translated = page.copy_for_translation(self.it)
            for field, value in localized(fields, "it", self.images).items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"Page (it): {translated.title}")
        return {"en": page, "it": translated.specific}

    def menus(self, site, pages):
        navigation = NavigationSettings.for_site(site)
        if not navigation.main_menu and not navigation.footer_menu:
            specs = site_data()["pages"]
            navigation.main_menu = [self.menu_entry(pages, spec) for spec in specs if spec["menu"] == "main"]
            navigation.footer_menu = [self.menu_entry(pages, spec) for spec in specs if spec["menu"] == "footer"]
            navigation.save()
        contact = ContactSettings.for_site(site)
        if not contact.organisation:
            for field, value in site_data()["contact"].items():
                setattr(contact, field, value)
            contact.save()

    @staticmethod
    def menu_entry(pages, spec):
        return b.raw("page", {"page": pages[spec["key"]]["en"].pk, "url": ""})
