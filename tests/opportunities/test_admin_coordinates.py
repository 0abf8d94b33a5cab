"""Staff editing a site in the Wagtail admin: a point outside the named municipality is refused, as owners' are."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from opportunities.models import OpportunityPage
from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db

CREMONA = ("45.13330", "10.02270")
MILAN = ("45.46420", "9.19000")


@pytest.fixture
def site():
    tree = build_catalogue()
    return make_site(tree.index, "Test area in Cremona", permitted_uses=["industrial"])


def edit(client, page, latitude, longitude):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "category": page.category,
            "municipality": page.municipality,
            "province": page.province,
            "latitude": latitude,
            "longitude": longitude,
            "permitted_uses": ["industrial"],
            "ownership": page.ownership,
            "tenure": page.tenure,
            "last_verified": page.last_verified.isoformat(),
            "owner_consent": "on",
            "body": streamfield([]),
            "gallery": streamfield([]),
            "documents": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_a_point_outside_the_municipality_is_refused_naming_where_it_falls(admin_client, site):
    revisions = site.revisions.count()
    response = edit(admin_client, site, *MILAN)
    assert response.status_code == 200
    html = response.content.decode()
    assert "These coordinates fall in Milano (province of Milan), not in Cremona." in html
    assert site.revisions.count() == revisions  # nothing saved


def test_the_message_is_the_italian_one_for_an_italian_editor(admin_client, site, django_user_model):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(is_superuser=True))
    profile.preferred_language = "it"
    profile.save()
    html = edit(admin_client, site, *MILAN).content.decode()
    assert "Queste coordinate cadono nel comune di Milano (provincia di Milano)" in html


def test_a_point_inside_the_municipality_saves(admin_client, site):
    response = edit(admin_client, site, *CREMONA)
    assert response.status_code == 302, response.content.decode()[:2000]
    revision = OpportunityPage.objects.get(pk=site.pk).get_latest_revision()
    assert float(revision.content["latitude"]) == pytest.approx(45.1333)
