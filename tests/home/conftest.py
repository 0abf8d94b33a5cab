"""The core's tests read one small bilingual site, built once for the folder (tests/factories.py).

Home pages with a key figure and a block of featured pages, four standard pages and the contact
page, each translated; a main menu, a footer menu and contact details. Every text is test data.
"""

from types import SimpleNamespace

from home.models import ContactSettings, NavigationSettings
from tests.factories import ContactPageFactory, StandardPageFactory, build_site, built_once_per_module, translate

PAGES = {
    "why": ("Test why invest", "why-invest", "Perché investire, di prova", "perche-investire"),
    "services": ("Test services", "services", "Servizi di prova", "servizi"),
    "privacy": ("Test data protection", "privacy", "Informativa di prova", "informativa"),
    "accessibility": ("Test accessibility", "accessibility", "Accessibilità di prova", "accessibilita"),
}
FIGURE = {"value": "+34", "source": "Test publisher", "year": "2024"}
FIGURE_LABEL = {"en": "Test projects", "it": "Progetti di prova"}


def menu(*pages):
    return [{"type": "page", "value": {"page": page.pk, "url": ""}} for page in pages]


def build_home_site():
    tree = build_site()
    pages = {}
    for key, (title, slug, it_title, it_slug) in PAGES.items():
        english = StandardPageFactory(parent=tree.en, title=title, slug=slug, summary=f"Summary of {title}.")
        pages[key] = SimpleNamespace(en=english, it=translate(english, title=it_title, slug=it_slug))
    contact = ContactPageFactory(parent=tree.en, thank_you="Test thanks.")
    pages["contact"] = SimpleNamespace(
        en=contact, it=translate(contact, title="Contatto di prova", slug="contatti", thank_you="Grazie di prova.")
    )
    for language, home in (("en", tree.en), ("it", tree.it)):
        home = type(home).objects.get(pk=home.pk)  # with its children counted, which publishing keeps
        featured = [getattr(pages["why"], language).pk, getattr(pages["services"], language).pk]
        home.key_figures = [
            {"type": "key_figures", "value": {"heading": "", "figures": [{**FIGURE, "label": FIGURE_LABEL[language]}]}}
        ]
        home.highlights = [{"type": "featured_pages", "value": {"heading": "Test start", "pages": featured}}]
        home.save_revision().publish()
    navigation = NavigationSettings.for_site(tree.site)
    navigation.main_menu = menu(pages["why"].en, pages["services"].en, pages["contact"].en)
    navigation.footer_menu = menu(pages["privacy"].en, pages["accessibility"].en)
    navigation.save()
    ContactSettings.objects.update_or_create(site=tree.site, defaults={"email": "desk@agency.example"})
    homes = {language: type(home).objects.get(pk=home.pk) for language, home in (("en", tree.en), ("it", tree.it))}
    return SimpleNamespace(site=tree.site, **homes, **pages)


home_site = built_once_per_module(build_home_site, scope="package")
