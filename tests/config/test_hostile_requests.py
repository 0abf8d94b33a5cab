"""Every kind of public page survives hostile query strings: no server error, nothing reflected unescaped.

One live page of each page type in each language, found in the database, so new page types are
covered without editing this test: they are on the factory site of tests/full_site.py, a filled page of
every type (tests/test_full_site.py fails when one is missing).
"""

from urllib.parse import urlencode

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
# Every parameter a listing, filter form or search box of the site reads.
PARAMETERS = [
    "q",
    "page",
    "sort",
    "type",
    "year",
    "sector",
    "country",
    "territory",
    "mode",
    "category",
    "province",
    "municipality",
    "kind",
    "tenure",
    "permitted_uses",
    "near",
    "near_lat",
    "near_lon",
    "radius_km",
    "min_site_area",
    "max_site_area",
    "min_price",
    "max_price",
    "min_power_kw",
    "max_motorway_km",
    "function",
    "format",
]
VARIANTS = {
    "script": SCRIPT,
    "null byte": "Milano\x00",
    "negative": "-1",
    "huge number": "9" * 400,
    "not a number": "1e309",
    "long text": "lombardia " * 2000,
    "unicode": "Città 💼 ﷽ \u202e",
}


def public_paths(client):
    one_per_type = {}
    for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"):
        one_per_type.setdefault((page.content_type_id, page.locale.language_code), page)
    paths = sorted(page.specific.url for page in one_per_type.values())
    # Views outside the page tree that read the query string.
    paths += [f"/{language}/search/" for language in ("en", "it")]
    assert any(p.startswith("/it/") for p in paths) and any(p.startswith("/en/") for p in paths)
    return paths


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_hostile_query_strings_never_break_a_page(client, full_site, variant):
    value = VARIANTS[variant]
    query = urlencode(dict.fromkeys(PARAMETERS, value))
    failures = []
    for path in public_paths(client):
        response = client.get(f"{path}?{query}")
        if response.status_code >= 500:
            failures.append(f"{path}: {response.status_code}")
        elif SCRIPT in response.content.decode(errors="replace"):
            failures.append(f"{path}: the script came back unescaped")
    assert not failures, failures


def test_repeated_parameters_are_not_a_crash(client, full_site):
    query = "&".join(f"{name}=1&{name}=2&{name}[]=x" for name in PARAMETERS)
    failures = [p for p in public_paths(client) if client.get(f"{p}?{query}").status_code >= 500]
    assert not failures, failures
