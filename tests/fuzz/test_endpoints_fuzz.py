"""Every endpoint, thrown hostile input, answers 2xx, 3xx or 4xx: never a server error.

The addresses come from the URL configuration itself (every pattern, its parameters filled with
hostile values) and from the page tree (one live page of each type in each language), so a new
view or page type is covered without editing this test. Each is asked with hostile query strings;
every form endpoint and API write endpoint is sent hostile bodies; every malformed workbook of
tests/fuzz/workbooks.py goes to both upload endpoints. The choice of values per address is seeded,
so a failure is reproduced by running the test again.
"""

import io
import json
import random
import re
from urllib.parse import quote, urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation
from wagtail.models import Page

from tests.config.test_hostile_requests import PARAMETERS as PAGE_PARAMETERS
from tests.config.test_hostile_requests import VARIANTS as PAGE_VARIANTS
from tests.fuzz.workbooks import HOSTILE
from tests.owners.test_portal import sign_in

pytestmark = pytest.mark.django_db

SEED = 20260512
API_PARAMETERS = [
    "search",
    "search_operator",
    "offset",
    "limit",
    "fields",
    "order",
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "locale",
    "translation_of",
    "id",
    "site",
    "bbox",
    "lat",
    "lon",
    "page_size",
    "points",
    "html_path",
]
PARAMETERS = [*PAGE_PARAMETERS, *API_PARAMETERS, "next", "site", "sent"]
# Search strings that full-text engines parse: operators, unbalanced quotes, sheer size.
SEARCHES = {
    "unbalanced quote": '"milano',
    "operators": 'AND OR NOT NEAR * ^ : ( ) - "a" + ~ {} [] \\ NEAR(a b, 2) title:x',
    "only operators": "AND",
    "5,000 words": " ".join(f"parola{n}" for n in range(5000)),
    "20 KB": "x" * 20_000,
    "nul bytes": "mi\x00lano \x00",
    "wildcards": "%_%' OR 1=1 --",
}
VALUES = {
    **PAGE_VARIANTS,
    **SEARCHES,
    "huge offset": str(10**30),
    "beyond 64 bits": str(2**64),
    "float": "1.5",
    "empty": "",
}
# Raw query strings that urlencode cannot make: broken percent-encoding, a lone surrogate in UTF-8.
RAW_QUERIES = ["q=%ED%A0%80&search=%ED%A0%80", "q=%FF%FE&search=%C0", "q=%&search=%%%", "&&==&q", "q[]=1&q[]=2"]
CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?\w+>")
PLACEHOLDERS = {"int": ["0", str(2**63), "99999999999999999999999"], "str": ["x", "%00", "../.."], "path": ["x/y"]}


def route_paths():
    """Every URL pattern outside the admins, its parameters filled with hostile values."""
    paths = set()
    for language in ("en", "it"):
        with translation.override(language):
            _walk(get_resolver().url_patterns, "/", paths)
    return sorted(paths)


def _walk(patterns, prefix, paths):
    for pattern in patterns:
        route = str(pattern.pattern).lstrip("^").rstrip("$")
        if route.startswith(("admin/", "django-admin/", "media/")):
            continue
        for filled in _fill(route):
            if isinstance(pattern, URLResolver):
                _walk(pattern.url_patterns, prefix + filled, paths)
            elif isinstance(pattern, URLPattern):
                paths.add(prefix + filled)


def _fill(route):
    """`route` with its parameters replaced, once per hostile value of the first one's converter."""
    matches = list(CONVERTER.finditer(route))
    if "(" in route:  # a regular expression: everything from its first group on becomes the value
        return [route[: route.index("(")] + value for value in PLACEHOLDERS["str"]]
    if not matches:
        return [route]
    options = PLACEHOLDERS.get(matches[0].group("kind") or "str", PLACEHOLDERS["str"])
    return [CONVERTER.sub(lambda _match, value=value: value, route) for value in options]


def page_paths():
    one_per_type = {}
    for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"):
        one_per_type.setdefault((page.content_type_id, page.locale.language_code), page)
    paths = set()
    for page in one_per_type.values():
        page = page.specific
        paths.add(page.url)
        if hasattr(page, "get_subpage_urls"):  # a routable page: its routes too (shortlist, compare...)
            for route in page.get_subpage_urls():
                for filled in _fill(str(route.pattern).lstrip("^").rstrip("$")):
                    paths.add(page.url + filled)
    return sorted(paths)


def hostile_queries(rng, count):
    queries = []
    for _n in range(count):
        value = VALUES[rng.choice(sorted(VALUES))]
        names = rng.sample(PARAMETERS, k=min(len(PARAMETERS), rng.randint(3, 12)))
        queries.append(urlencode(dict.fromkeys(names, value)))
    return [*queries, rng.choice(RAW_QUERIES)]


def server_errors(client, method, path, **kwargs):
    response = getattr(client, method)(path, **kwargs)
    if response.status_code >= 500:
        return [f"{method.upper()} {path[:160]} -> {response.status_code}"]
    if path.startswith("/api/") and response.status_code >= 400 and "json" not in response.get("Content-Type", ""):
        return [f"{method.upper()} {path[:160]} -> {response.status_code} not in the API's JSON shape"]
    return []


@pytest.fixture
def anonymous():
    cache.clear()  # rate limits start fresh, so every request reaches the code under test
    yield Client(raise_request_exception=False)
    cache.clear()


def test_every_address_survives_hostile_query_strings(anonymous, full_site):
    rng = random.Random(SEED)
    paths = route_paths() + page_paths()
    assert any(p.startswith("/api/v2/") for p in paths) and any(p.startswith("/it/") for p in paths)
    failures = []
    for path in paths:
        for query in hostile_queries(rng, 2):
            failures += server_errors(anonymous, "get", f"{path}?{query}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("search", list(SEARCHES))
def test_every_search_box_answers_any_string(anonymous, full_site, search):
    text = quote(SEARCHES[search])
    paths = [
        *(f"/{language}/search/?q={text}" for language in ("en", "it")),
        *(f"/{language}/search/autocomplete/?q={text}" for language in ("en", "it")),
        f"/api/v2/pages/?search={text}",
        f"/api/v2/pages/?search={text}&search_operator=and",
        f"/api/v2/images/?search={text}",
        f"/api/v2/documents/?search={text}",
        f"/api/v2/catalogue/?q={text}",
        *(f"{page.url}?q={text}" for page in Page.objects.live().filter(depth=3).specific()[:40]),
    ]
    failures = []
    for path in paths:
        failures += server_errors(anonymous, "get", path)
    assert not failures, "\n".join(failures)


def test_api_listing_parameters_answer_400_in_the_api_shape(anonymous, full_site):
    for query in ("offset=99999999999999999999", "limit=99999999999999999999", "offset=-1", "limit=abc"):
        response = anonymous.get(f"/api/v2/pages/?{query}")
        assert response.status_code == 400, query
        assert response.json()["error"]["code"] == "invalid_query"
    assert anonymous.get("/api/v2/pages/99999999999999999999/").json()["error"]["code"] == "not_found"


BODIES = [
    {"email": "\x00@example.com", "name": "<script>", "message": "x" * 100_000, "website": ""},
    {"site": str(2**70), "next": "//evil.example/", "form_started": "9" * 400},
    {"site": "-1", "email": ["a", "b"], "consents": "1e309", "sector": "\ud800".encode("utf-8", "surrogatepass")},
]


def test_every_form_and_api_write_endpoint_survives_hostile_bodies(anonymous, full_site):
    rng = random.Random(SEED)
    paths = [*page_paths(), *(p for p in route_paths() if not p.startswith("/api/v2/openapi"))]
    failures = []
    for path in paths:
        body = rng.choice(BODIES)
        failures += server_errors(anonymous, "post", path, data=body)
        if path.startswith("/api/"):
            failures += server_errors(anonymous, "post", path, data="{not json", content_type="application/json")
            payload = json.dumps({"email": {"nested": [1]}, "consents": None})
            failures += server_errors(anonymous, "post", path, data=payload, content_type="application/json")
    assert not failures, "\n".join(failures)


def _upload(name, data):
    upload = io.BytesIO(data)
    upload.name = name
    return upload


def test_every_upload_endpoint_refuses_every_malformed_workbook(client, full_site):
    staff = Client(raise_request_exception=False)
    staff.force_login(get_user_model().objects.create_superuser("fuzz-staff", "fuzz@region.example", "pw"))
    cache.clear()
    sign_in(client)
    owner = client
    owner.raise_request_exception = False
    failures = []
    for flaw, (build, message) in HOSTILE.items():
        data = build()
        admin = staff.post(
            "/admin/snippets/opportunities/ownersubmission/import/",
            {"file": _upload("sites.xlsx", data), "proponent_email": "owner@example.com", "dry_run": "on"},
        )
        portal = owner.post("/en/owners/upload/", {"file": _upload("sites.xlsx", data)})
        if not data:
            message = "The submitted file is empty."  # the upload forms refuse it before the importer
        for where, response in (("admin", admin), ("portal", portal)):
            if response.status_code >= 500 or message not in response.content.decode():
                failures.append(f"{flaw} at the {where}: {response.status_code}")
    assert not failures, "\n".join(failures)


def test_operators_and_quotes_are_ignored_not_fatal(anonymous, full_site):
    # Only the words reach the engine (search.query_text): the same results as the plain words.
    plain = anonymous.get("/en/search/?q=Milano").content.decode()
    hostile = anonymous.get("/en/search/?q=%22Milano%20(%20*%20%5E%20-").content.decode()
    assert plain.count("<mark>") > 0
    assert hostile.count("<mark>") == plain.count("<mark>")
    api = anonymous.get("/api/v2/pages/?search=%22Milano%20%5E").json()
    assert api["meta"]["total_count"] == anonymous.get("/api/v2/pages/?search=Milano").json()["meta"]["total_count"] > 0
