"""The owners' portal limits sign-in requests and every write (details, submissions, uploads) per address."""

import pytest

from opportunities.models import OwnerSubmission
from tests.opportunities.test_excel import GOOD
from tests.owners.test_portal import ask_link, excel, sign_in, submit

pytestmark = pytest.mark.django_db


def test_sign_in_requests_are_limited_per_address(client, settings):
    settings.LEADS_RATE_LIMIT_PER_IP = 2
    assert ask_link(client, "one@padana.example").status_code == 200
    assert ask_link(client, "two@padana.example").status_code == 200
    blocked = ask_link(client, "three@padana.example")
    assert blocked.status_code == 429
    assert "Too many" in blocked.content.decode()


def test_uploads_are_limited_and_the_blocked_file_imports_nothing(client, settings):
    settings.OWNERS_RATE_LIMIT_PER_IP = 4
    sign_in(client)  # the link and the details count: two writes
    for reference in ("XL-1", "XL-2"):
        assert client.post("/en/owners/upload/", {"file": excel([{**GOOD, "reference": reference}])}).status_code == 302
    blocked = client.post("/en/owners/upload/", {"file": excel([{**GOOD, "reference": "XL-3"}])})
    assert blocked.status_code == 429
    assert set(OwnerSubmission.objects.values_list("reference", flat=True)) == {"XL-1", "XL-2"}


def test_web_submissions_are_limited(client, settings):
    settings.OWNERS_RATE_LIMIT_PER_IP = 3
    sign_in(client)
    assert submit(client, reference="WEB-1").status_code == 302
    assert submit(client, reference="WEB-2").status_code == 429
    assert list(OwnerSubmission.objects.values_list("reference", flat=True)) == ["WEB-1"]
