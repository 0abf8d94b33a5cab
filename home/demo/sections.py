"""Runs after every app's loader: links the sections they built from the menu and the home page.

Each app builds its own pages; only here are they known together. Idempotent: a section
already in the menu, or already featured on the home page, is left where it is.
"""

from wagtail.models import Page

from home.demo import blocks as b
from home.demo.data import LANGUAGES, demo_data, localized
from home.models import HomePage, NavigationSettings

# (app_label, model) of each section's entry page, in the order a visitor meets them.
SECTIONS = [
    ("sectors", "sectorindexpage"),
    ("territories", "territoryindexpage"),
    ("stories", "storyindexpage"),
    ("opportunities", "opportunityindexpage"),
    ("territories", "ecosystempage"),
    ("news", "newsindexpage"),
]


class SectionLinksLoader:
    def __init__(self, log=print):
        self.log = log

    def run(self):
        home = HomePage.objects.filter(locale__language_code="en", depth=2).first()
        if home is None:
            return
        sections = self.section_pages(home)
        self.add_to_menu(home, sections)
        for page in home.get_translations(inclusive=True).specific():
            self.feature_on_home(page, sections)

    @staticmethod
    def section_pages(home):
        found = []
        for app_label, model in SECTIONS:
            page = (
                Page.objects.descendant_of(home)
                .filter(content_type__app_label=app_label, content_type__model=model)
                .order_by("path")
                .first()
            )
            if page is not None:
                found.append(page)
        return found

    def add_to_menu(self, home, sections):
        navigation = NavigationSettings.for_site(home.get_site())
        listed = {block.value["page"].pk for block in navigation.main_menu if block.value.get("page")}
        missing = [page for page in sections if page.pk not in listed]
        if missing:
            navigation.main_menu = [
                *navigation.main_menu.raw_data,
                *[b.raw("page", {"page": page.pk, "url": ""}) for page in missing],
            ]
            navigation.save()
            self.log(f"Main menu: {', '.join(page.title for page in missing)}")

    def feature_on_home(self, home, sections):
        featured = {pk for block in home.highlights for pk in [p.pk for p in block.value["pages"] if p]}
        if not sections or sections[0].pk in featured:
            return
        language = home.locale.language_code
        # A locale the demo has no text for gets the English text, as Wagtail's fallback would.
        text = localized(demo_data("home", "site")["sections"], language if language in LANGUAGES else "en")
        home.highlights = [
            *home.highlights.raw_data,
            b.featured_pages(text["heading"], text["intro"], [p.pk for p in sections]),
        ]
        home.save_revision().publish()
        self.log(f"Home page ({language}): sections featured")
