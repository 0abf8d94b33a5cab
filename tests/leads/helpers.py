"""Form data as a visitor would send it."""

import time

from django.core import signing
from wagtail.models import Locale

from leads.forms import FORM_TIMESTAMP_SALT
from sectors.models import BusinessFunction, Country, SectorPage


def started(seconds_ago=10):
    """The signed timestamp the form carries, as if it had been shown `seconds_ago`."""
    return signing.TimestampSigner(salt=FORM_TIMESTAMP_SALT).sign(f"{time.time() - seconds_ago:.3f}")


def gate_data(lang="en", sector_slug="life-sciences", **overrides):
    sector = SectorPage.objects.get(locale__language_code="en", slug=sector_slug)
    if lang != "en":
        sector = sector.get_translation(Locale.objects.get(language_code=lang))
    data = {
        "name": "Ada Lovelace",
        "email": "ada@analytical.example",
        "company": "Analytical Engines Ltd",
        "role": "Head of expansion",
        "country": Country.objects.get(locale__language_code=lang, translation_key=_country_key("Germany")).pk,
        "company_size": "50-249",
        "stage": "shortlisting",
        "sector": sector.pk,
        "business_function": BusinessFunction.objects.get(locale__language_code=lang, key="rnd").pk,
        "consent_download": "on",
        "consent_newsletter": "on",
        "website": "",
        "form_started": started(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def _country_key(english_name):
    return Country.objects.get(locale__language_code="en", name=english_name).translation_key


def booklet_url(lang="en", sector_slug="life-sciences"):
    sector = SectorPage.objects.get(locale__language_code="en", slug=sector_slug)
    if lang != "en":
        sector = sector.get_translation(Locale.objects.get(language_code=lang))
    return sector.booklet_url()


def contact_data(lang="en", country="Germany", **overrides):
    """The contact page's form, filled; an override of None leaves that field out."""
    data = {
        "name": "Grace Hopper",
        "email": "grace@compilers.example",
        "company": "Compilers GmbH",
        "role": "COO",
        "country": Country.objects.get(locale__language_code=lang, translation_key=_country_key(country)).pk,
        "service": "site_search",
        "description": "A 5,000 m² plant near Brescia.",
        "timeline": "6-12",
        "jobs_band": "50-249",
        "capex_band": "10-50m",
        "consent_contact": "on",
        "website": "",
        "form_started": started(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
