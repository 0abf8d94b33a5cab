"""A contact request as a visitor sends it (test data)."""

from django.test import Client

from sectors.models import Country
from tests.leads.helpers import started

CONTACT_URL = {"en": "/en/contact/", "it": "/it/contatti/"}


def contact_data(lang="en", country="Germany", **overrides):
    country = Country.objects.get(locale__language_code="en", name=country)
    if lang != "en":
        country = country.get_translation(country.locale.__class__.objects.get(language_code=lang))
    data = {
        "name": "Grace Hopper",
        "email": "grace@compilers.example",
        "company": "Compilers GmbH",
        "role": "COO",
        "country": country.pk,
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
    return data


def send_request(lang="en", client=None, **overrides):
    """Posts the contact form (each call a new visitor unless `client` is given); returns the response."""
    client = client or Client()
    response = client.post(CONTACT_URL[lang], contact_data(lang, **overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    return response
