"""The OpenAPI description is valid, and what the endpoints answer matches it.

schemathesis generates requests from the schema (valid and invalid parameters and bodies) and
sends them to the WSGI application; every answer must be a documented status with a documented
content type and body. Kept to a few examples per operation so it runs in well under a minute.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from openapi_schema_validator import OAS30Validator
from openapi_schema_validator import validate as validate_instance
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.helpers import a_sector, a_site, booklet_request, contact_request, enquiry_request, post_json

pytestmark = pytest.mark.django_db


def test_the_schema_is_valid_openapi_3(client, full_site):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert {"/api/v2/catalogue/", "/api/v2/leads/contact/"} <= set(document["paths"])


def matches(document, path, method, response):
    """The answer's status and content type are documented for the operation, and the body fits."""
    responses = document["paths"][path][method]["responses"]
    assert str(response.status_code) in responses, (path, response.status_code)
    spec = responses[str(response.status_code)]
    if "$ref" in spec:
        spec = document["components"]["responses"][spec["$ref"].rsplit("/", 1)[1]]
    content_type = response["Content-Type"].split(";")[0]
    schema = spec["content"][content_type]["schema"]
    validate_instance(response.json(), {**schema, "components": document["components"]}, cls=OAS30Validator)
    return True


def test_real_answers_match_the_schema(client, full_site):
    """Answers of each kind, successful and refused, checked against the schema."""
    document = client.get("/api/v2/openapi.json").json()
    for params in ({"province": "CR", "locale": "it"}, {"format": "geojson"}, {"province": "XX"}, {"page": 99}):
        assert matches(document, "/api/v2/catalogue/", "get", client.get("/api/v2/catalogue/", params))
    sector = a_sector()
    booklet = f"/api/v2/leads/booklet/{sector.pk}/"
    path = "/api/v2/leads/booklet/{sector_id}/"
    assert matches(document, path, "get", client.get(booklet))
    assert matches(document, path, "post", post_json(client, booklet, booklet_request()))
    contact = "/api/v2/leads/contact/"
    assert matches(document, contact, "post", post_json(client, contact, contact_request(email="c@example.com")))
    assert matches(document, contact, "post", post_json(client, contact, contact_request(name="")))
    enquiry = f"/api/v2/leads/enquiry/{a_site().pk}/"
    path = "/api/v2/leads/enquiry/{opportunity_id}/"
    assert matches(document, path, "post", post_json(client, enquiry, enquiry_request()))


@pytest.fixture
def wsgi_schema(full_site):
    # Django closes the connection after each WSGI request, which would end the test's transaction;
    # its own test client disconnects the same handlers.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v2/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def test_generated_requests_get_documented_answers(wsgi_schema):
    operations = [result.ok() for result in wsgi_schema.get_all_operations()]
    # The root, the catalogue, its metadata and feed, three forms, incentives, indicators, and Wagtail's
    # pages, images and documents (each a listing and a detail).
    assert len(operations) == 18

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def answers_as_documented(case):
            # The WSGI transport does not undo gzip as an HTTP client would: answers come uncompressed.
            case.call_and_validate(checks=CHECKS, headers={"Accept-Encoding": "identity"})

        answers_as_documented()
