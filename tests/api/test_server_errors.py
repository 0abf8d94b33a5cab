"""A bug in any view under /api/ answers in the API's JSON error shape; the site keeps its page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_seeing_500s(settings):
    settings.ROOT_URLCONF = "tests.api.failing_urls"
    return Client(raise_request_exception=False)


def test_an_api_error_is_json_in_the_error_shape(client_seeing_500s):
    response = client_seeing_500s.get("/api/v2/failing/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (500, "server_error")
    assert error["message"] == "Si è verificato un problema da parte nostra. Riprovi più tardi."
    assert response["Cache-Control"] == "no-store"


def test_a_site_error_keeps_the_sites_page(client_seeing_500s):
    response = client_seeing_500s.get("/en/failing/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
