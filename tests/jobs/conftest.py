import socket

import pytest


@pytest.fixture(autouse=True)
def _emails_handed_on_at_once():
    """Here the outbox waits for the real commit: tests use django_capture_on_commit_callbacks."""


@pytest.fixture
def contact_site(site_tree):
    """The factory site with a contact page and the country the contact form is sent from."""
    from tests.factories import ContactPageFactory, CountryFactory

    CountryFactory(name="Germany")
    return ContactPageFactory(parent=site_tree.en)


@pytest.fixture
def smtp_down(settings):
    """The real SMTP backend pointed at a local port where nothing listens: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 2
    return settings


def smtp_back(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def staff(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("ops", "ops@invest.example", "pw"))
    return client
