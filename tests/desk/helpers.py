"""A contact request as a visitor sends it (test data)."""

from django.test import Client

from tests.leads.helpers import contact_data

CONTACT_URL = {"en": "/en/contact/", "it": "/it/contatti/"}


def send_request(lang="en", client=None, **overrides):
    """Posts the contact form (each call a new visitor unless `client` is given); returns the response."""
    client = client or Client()
    response = client.post(CONTACT_URL[lang], contact_data(lang, **overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    return response
