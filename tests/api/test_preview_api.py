"""Headless preview: off unless HEADLESS_PREVIEW_URL is set; then drafts open in the external front end."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import override_settings

from tests.api.helpers import a_sector

pytestmark = pytest.mark.django_db
FRONT_END = "https://preview.front.example/preview"


def test_without_the_setting_previews_stay_on_the_site(admin_client, full_site):
    sector = a_sector()
    response = admin_client.get(f"/admin/pages/{sector.pk}/view_draft/")
    assert response.status_code == 200
    assert sector.title in response.content.decode()
    assert admin_client.get("/api/v2/page_preview/?content_type=sectors.sectorpage&token=x").status_code == 404


@override_settings(
    HEADLESS_PREVIEW_URL=FRONT_END,
    WAGTAIL_HEADLESS_PREVIEW={
        "CLIENT_URLS": {"default": FRONT_END},
        "REDIRECT_ON_PREVIEW": True,
        "ENFORCE_TRAILING_SLASH": False,
    },
)
def test_with_the_setting_a_draft_opens_in_the_front_end_which_reads_it_from_the_api(admin_client, client, full_site):
    sector = a_sector()
    sector.headline = "Draft headline for the front end"
    sector.save_revision()  # a draft: the live page keeps its headline
    response = admin_client.get(f"/admin/pages/{sector.pk}/view_draft/")
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == FRONT_END
    params = {k: v[0] for k, v in parse_qs(target.query).items()}
    assert params["content_type"] == "sectors.sectorpage"

    draft = client.get("/api/v2/page_preview/", params)
    assert draft.status_code == 200
    assert draft.json()["headline"] == "Draft headline for the front end"
    assert draft["Cache-Control"] and "public" not in draft["Cache-Control"]
    assert client.get(f"/api/v2/pages/{sector.pk}/").json()["headline"] != "Draft headline for the front end"
    forged = client.get("/api/v2/page_preview/", {**params, "token": params["token"] + "x"})
    assert forged.status_code == 400
