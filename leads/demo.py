"""Demo contact page in English and Italian, linked from the main menu. Idempotent."""

from django.db import transaction
from wagtail.models import Locale

from home.demo import blocks as b
from home.models import HomePage, NavigationSettings
from leads.models import ContactPage

CONTACT = {
    "en": {
        "title": "Contact us",
        "slug": "contact",
        "summary": "Ask the Region's investment team for information or assistance with your project.",
        "intro": "Tell us about your project: the Region's investment team answers within two working days. "
        "Our support is free and confidential, from the first assessment to aftercare.",
        "thank_you": "Thank you: your request has reached the investment team, who will reply within two working days.",
    },
    "it": {
        "title": "Contattaci",
        "slug": "contatti",
        "summary": "Chiedi informazioni o assistenza per il tuo progetto al team regionale per gli investitori.",
        "intro": "Raccontaci il tuo progetto: il team regionale per gli investitori risponde entro due giorni "
        "lavorativi. Il nostro supporto è gratuito e riservato, dalla prima valutazione all'aftercare.",
        "thank_you": "Grazie: la tua richiesta è arrivata al team per gli investitori, che risponderà entro due "
        "giorni lavorativi.",
    },
}


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
            page = ContactPage(**CONTACT["en"])
            home.add_child(instance=page)
            page.save_revision().publish()
            self.log("Contact page (en)")
        if page.get_translation_or_none(it) is None:
            translated = page.copy_for_translation(it)
            for field, value in CONTACT["it"].items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log("Contact page (it)")
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if not any((entry.get("value") or {}).get("page") == page.pk for entry in entries):
            entries.append(b.raw("page", {"page": page.pk, "url": ""}))
            navigation.main_menu = entries
            navigation.save()
