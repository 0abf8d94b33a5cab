"""The smallest bilingual site the lead forms need: two sectors with booklets, the contact page, a privacy
notice, the countries and the business function the forms offer. Every text here is test data."""

import datetime
import uuid
from types import SimpleNamespace

from django.core.files.base import ContentFile
from wagtail.models import Locale, Page, Site

from home.pdf import render_pdf
from opportunities.models import OpportunityIndexPage, OpportunityPage
from sectors.models import Booklet
from tests.factories import (
    BusinessFunctionFactory,
    ContactPageFactory,
    CountryFactory,
    SectorIndexPageFactory,
    SectorPageFactory,
    StandardPageFactory,
    build_site,
    translate,
    translate_snippet,
)

CONTACT_HEADING = {"en": "Test contact heading", "it": "Titolo di prova del contatto"}
THANK_YOU = {"en": "Test thanks: your request has reached the investment team.", "it": "Grazie di prova."}


def contact_form_block(contact, heading):
    return {
        "type": "contact_form",
        "value": {"heading": heading, "intro": "", "page": contact.pk},
        "id": str(uuid.uuid4()),
    }


def booklet(sector, title, chapter):
    """A booklet of seven pages in the sector's language, with one chapter and a designed PDF (an editor's upload)."""
    english = Booklet.objects.filter(sector__translation_key=sector.translation_key).first()
    # In a test that commits, publishing the sector has already printed its booklet (sectors.signals): the
    # designed upload then goes onto that record, as an editor's would.
    item = Booklet.objects.filter(sector=sector).first() or Booklet(sector=sector, locale=sector.locale)
    item.title = title
    item.contents = [{"type": "entry", "value": {"title": chapter, "summary": "", "page": 3}, "id": str(uuid.uuid4())}]
    item.page_count = 7
    if english is not None and english.pk != item.pk:
        item.translation_key = english.translation_key
    item.file.save(f"{title}.pdf", ContentFile(render_pdf(f"<h1>{title}</h1>")), save=False)
    item.save()
    return item


def sector(index, contact, it_contact, slug, it_slug, title, it_title, functions):
    english = SectorPageFactory(
        parent=index, slug=slug, title=title, body=[contact_form_block(contact, CONTACT_HEADING["en"])]
    )
    english.business_functions = [functions["en"]]
    english.save_revision().publish()
    italian = translate(
        english,
        slug=it_slug,
        title=it_title,
        body=[contact_form_block(it_contact, CONTACT_HEADING["it"])],
        business_functions=[functions["it"]],
    )
    booklet(english, f"Test booklet {title}", f"Test chapter of {title}")
    booklet(italian, f"Booklet di prova {it_title}", f"Capitolo di prova di {it_title}")
    return SimpleNamespace(en=type(english).objects.get(pk=english.pk), it=italian)


def build_countries():
    """Germany and France, in English and Italian, as the forms offer them."""
    countries = {}
    for name, it_name in (("Germany", "Germania"), ("France", "Francia")):
        english = CountryFactory(name=name)
        countries[name] = SimpleNamespace(en=english, it=translate_snippet(english, name=it_name))
    return countries


def build_lead_site():
    """Home, contact page (contact/contatti), privacy notice, sectors life-sciences and aerospace-defence."""
    tree = build_site()
    contact = ContactPageFactory(parent=tree.en, slug="contact", thank_you=THANK_YOU["en"])
    it_contact = translate(contact, slug="contatti", title="Contatto di prova", thank_you=THANK_YOU["it"])
    privacy = StandardPageFactory(parent=tree.en, slug="privacy", title="Test privacy notice")
    translate(privacy, title="Informativa di prova")
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, slug="settori", title="Settori di prova")
    countries = build_countries()
    rnd = BusinessFunctionFactory(key="rnd", name="Test research")
    functions = {"en": rnd, "it": translate_snippet(rnd, name="Ricerca di prova")}
    sectors = {
        "life-sciences": sector(
            index,
            contact,
            it_contact,
            "life-sciences",
            "scienze-della-vita",
            "Life sciences",
            "Scienze della vita",
            functions,
        ),
        "aerospace-defence": sector(
            index,
            contact,
            it_contact,
            "aerospace-defence",
            "aerospazio-difesa",
            "Aerospace",
            "Aerospazio",
            functions,
        ),
    }
    return SimpleNamespace(
        tree=tree, site=tree.site, contact=contact, it_contact=it_contact, countries=countries, sectors=sectors
    )


def build_enquiry_catalogue():
    """On the folder's site (build_lead_site): a catalogue holding one public site, "Test site" / "Area di prova"."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    tree = SimpleNamespace(en=home, it=home.get_translation(Locale.objects.get(language_code="it")))
    index = Page.objects.get(pk=tree.en.pk).add_child(
        instance=OpportunityIndexPage(title="Test sites", slug="opportunities", locale=tree.en.locale)
    )
    index.save_revision().publish()
    translate(index, title="Aree di prova", slug="opportunita")
    opportunity = OpportunityIndexPage.objects.get(pk=index.pk).add_child(
        instance=OpportunityPage(
            title="Test site",
            slug="test-site",
            kind="area",
            category="greenfield",
            municipality="Cremona",
            province="CR",
            ownership="private",
            tenure="sale",
            owner_consent=True,
            last_verified=datetime.date(2026, 10, 1),
        )
    )
    opportunity.save_revision().publish()
    translate(opportunity, title="Area di prova", slug="area-di-prova")
    return tree
