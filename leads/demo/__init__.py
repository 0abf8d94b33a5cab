"""Demo contact page in English and Italian (contact_page.yaml), linked from the main menu. Idempotent."""

from django.db import transaction
from wagtail.models import Locale

from home.demo import blocks as b
from home.demo.data import demo_data, localized
from home.models import HomePage, NavigationSettings
from leads.models import ContactPage


class LeadsLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        en = Locale.objects.get_or_create(language_code="en")[0]
        it = Locale.objects.get_or_create(language_code="it")[0]
        home = HomePage.objects.filter(locale=en, depth=2).first()
        if home is None:
            return
        page = ContactPage.objects.child_of(home).first()
        if page is None:
            page = ContactPage(**localized(demo_data("leads", "contact_page")["contact_page"], "en"))
            home.add_child(instance=page)
            page.save_revision().publish()
            self.log("Contact page (en)")
        if page.get_translation_or_none(it) is None:
            translated = page.copy_for_translation(it)
            for field, value in localized(demo_data("leads", "contact_page")["contact_page"], "it").items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log("Contact page (it)")
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if not any((entry.get("value") or {}).get("page") == page.pk for entry in entries):
            entries.append(b.raw("page", {"page": page.pk, "url": ""}))
            navigation.main_menu = entries
            navigation.save()
