"""Nothing private leaks: drafts, private documents, booklet files, leads and owner submissions."""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from leads.models import Lead
from opportunities.models import OpportunityPage, OwnerSubmission
from tests.api.helpers import a_sector, a_site

pytestmark = pytest.mark.django_db
ENDPOINTS = ("pages", "images", "documents")


def everything_the_api_lists(client, query=""):
    """Every answer of the public list endpoints, with every field they offer, as one text."""
    bodies = []
    for endpoint in ENDPOINTS:
        response = client.get(f"/api/v2/{endpoint}/?limit=100&fields=*{query}")
        assert response.status_code == 200, response.content[:300]
        bodies.append(response.content.decode())
    bodies.append(client.get("/api/v2/catalogue/?page_size=100").content.decode())
    return "\n".join(bodies)


def test_drafts_and_unpublished_changes_are_not_served(client, full_site):
    sector = a_sector()
    sector.title = "Secret draft title"
    sector.save_revision()  # saved, not published
    draft = OpportunityPage.objects.filter(owner_consent=True).first()
    OpportunityPage.objects.filter(pk=draft.pk).update(live=False)

    assert client.get(f"/api/v2/pages/{sector.pk}/").json()["title"] != "Secret draft title"
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert "Secret draft title" not in everything_the_api_lists(client)
    assert draft.pk not in [i["id"] for i in client.get("/api/v2/catalogue/?page_size=100").json()["items"]]
    # Previews of drafts for an external front end are off by default.
    assert client.get("/api/v2/page_preview/?content_type=sectors.sectorpage&token=x").status_code == 404


def test_sites_without_the_owners_consent_are_not_served(client, full_site):
    site = a_site()
    OpportunityPage.objects.filter(pk=site.pk).update(owner_consent=False)
    assert client.get(f"/api/v2/pages/{site.pk}/").status_code == 404
    listed = client.get("/api/v2/pages/?type=opportunities.OpportunityPage&limit=100").json()["items"]
    assert site.pk not in [p["id"] for p in listed]


def test_documents_of_private_collections_are_neither_listed_nor_found(client, full_site):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    below = private.add_child(name="2026")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    public = Document.objects.create(title="Public brochure", file=ContentFile(b"%PDF-1.4 public", name="public.pdf"))
    hidden = [
        Document.objects.create(
            title=f"Confidential {n}", collection=where, file=ContentFile(b"%PDF-1.4 x", name=f"secret{n}.pdf")
        )
        for n, where in enumerate((private, below))
    ]
    listed = [d["id"] for d in client.get("/api/v2/documents/?limit=100").json()["items"]]
    assert public.pk in listed
    for document in hidden:
        assert document.pk not in listed
        response = client.get(f"/api/v2/documents/{document.pk}/")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
        assert client.get(f"/api/v2/documents/find/?id={document.pk}").status_code == 404
    assert "Confidential" not in everything_the_api_lists(client, "&search=Confidential")


def test_booklet_files_are_never_reachable(client, full_site):
    booklet = a_sector().booklet
    text = everything_the_api_lists(client)
    assert booklet.file.name not in text
    assert booklet.filename not in text
    assert client.get(f"/media/{booklet.file.name}").status_code == 404
    assert booklet.title not in client.get("/api/v2/documents/?limit=100").content.decode()


def test_leads_and_owner_submissions_are_not_exposed_by_any_id(client, full_site):
    lead = Lead.objects.create(kind=Lead.Kind.CONTACT, name="Private Person", email="private.person@example.com")
    submission = OwnerSubmission.objects.create(
        proponent_email="owner.secret@example.com", title="Unvetted warehouse", facts={"price": 1}
    )
    for pk in (lead.pk, submission.pk):
        for path in (
            f"/api/v2/leads/{pk}/",
            f"/api/v2/leads/?id={pk}",
            f"/api/v2/submissions/{pk}/",
            f"/api/v2/opportunities/submissions/{pk}/",
        ):
            response = client.get(path)
            assert response.status_code == 404, path
            assert json.loads(response.content)["error"]["code"] == "not_found"
        for endpoint in ENDPOINTS:
            body = client.get(f"/api/v2/{endpoint}/{pk}/").content.decode()
            assert "private.person@example.com" not in body and "Unvetted warehouse" not in body
    text = everything_the_api_lists(client)
    for secret in ("private.person@example.com", "Private Person", "owner.secret@example.com", "Unvetted warehouse"):
        assert secret not in text
