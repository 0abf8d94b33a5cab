"""The owners' portal: e-mail sign-in, remembered details, web form and Excel paths, decisions, status."""

import datetime
import io
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from leads.models import Lead
from opportunities.models import OpportunityPage, OwnerSubmission, Proponent
from tests.leads.helpers import started
from tests.opportunities.factories import build_catalogue
from tests.opportunities.test_excel import GOOD, workbook_bytes

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Giulia Bianchi",
    "organisation": "Immobiliare Padana Srl",
    "tax_code": "IT01234567890",
    "role": "owner",
    "phone": "+39 0372 000000",
    "address": "Via Roma 1, Cremona",
}
SITE = {
    "reference": "MAG-01",
    "title": "Warehouse by the Po",
    "kind": "building",
    "category": "brownfield",
    "municipality": "Cremona",
    "province": "CR",
    "site_area_m2": "20000",
    "covered_area_m2": "8000",
    "permitted_uses": ["logistics"],
    "ownership": "private",
    "tenure": "sale",
    "owner_consent": "on",
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def ask_link(client, email, lang="en"):
    mail.outbox.clear()
    portal = "/it/proprietari/" if lang == "it" else "/en/owners/"
    return client.post(f"{portal}sign-in/", {"email": email, "website": "", "form_started": started()})


def link_in_outbox():
    return re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)


def sign_in(client, email="owner@padana.example", details=True):
    ask_link(client, email)
    path = link_in_outbox()
    token = path.split("sesame=")[1]
    client.post(path.split("?")[0], {"sesame": token})
    if details:
        client.post("/en/owners/details/", DETAILS)
    return Proponent.objects.get(user__email=email)


def submit(client, **overrides):
    data = {**SITE, **overrides}
    return client.post("/en/owners/submissions/new/", {k: v for k, v in data.items() if v is not None})


def test_sign_in_link_works_once(client):
    response = ask_link(client, "owner@padana.example")
    assert "Check your inbox" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["owner@padana.example"]
    path = link_in_outbox()
    token = path.split("sesame=")[1]
    # Opening the link (as a mail scanner would) does not use it up: a click does.
    assert client.get(path).status_code == 200
    response = client.post(path.split("?")[0], {"sesame": token})
    assert response["Location"] == "/en/owners/details/"
    assert client.get("/en/owners/details/").status_code == 200
    other = client.__class__()
    assert other.post(path.split("?")[0], {"sesame": token}).status_code == 410


def test_sign_in_link_expires(client):
    ask_link(client, "late@padana.example")
    path = link_in_outbox()
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=31)):
        response = client.post(path.split("?")[0], {"sesame": path.split("sesame=")[1]})
    assert response.status_code == 410
    assert "Ask for a new link" in response.content.decode()
    assert client.get("/en/owners/").status_code == 302


def _without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_known_and_unknown_addresses_get_the_same_answer(client):
    from django.test import Client

    sign_in(client, "known@padana.example")
    known = _without_csrf(ask_link(Client(), "known@padana.example").content.decode())
    assert len(mail.outbox) == 1
    unknown = _without_csrf(ask_link(Client(), "nobody@padana.example").content.decode())
    assert known.replace("known@", "X@") == unknown.replace("nobody@", "X@")


def test_staff_addresses_never_receive_a_link(client):
    get_user_model().objects.create_superuser("boss", "boss@region.example", "pw")
    response = ask_link(client, "boss@region.example")
    assert "Check your inbox" in response.content.decode()
    assert mail.outbox == []


def test_sign_in_is_rate_limited(client, settings):
    settings.LEADS_RATE_LIMIT_PER_EMAIL = 2
    for _attempt in range(2):
        assert ask_link(client, "many@padana.example").status_code == 200
    assert ask_link(client, "many@padana.example").status_code == 429


def test_italian_sign_in_e_mail(client):
    ask_link(client, "proprietario@padana.example", lang="it")
    assert "accedere" in mail.outbox[0].body and "/it/proprietari/sign-in/link/" in mail.outbox[0].body


def test_details_are_asked_once_and_remembered_for_every_submission(client):
    ask_link(client, "owner@padana.example")
    path = link_in_outbox()
    client.post(path.split("?")[0], {"sesame": path.split("sesame=")[1]})
    assert client.get("/en/owners/submissions/new/")["Location"] == "/en/owners/details/"
    response = client.post("/en/owners/details/", {**DETAILS, "tax_code": ""})
    assert "This field is required" in response.content.decode()
    assert 'value="Giulia Bianchi"' in response.content.decode()
    client.post("/en/owners/details/", DETAILS)
    submit(client)
    submit(client, reference="MAG-02", title="Second warehouse")
    for submission in OwnerSubmission.objects.all():
        assert (submission.proponent_name, submission.organisation) == ("Giulia Bianchi", "Immobiliare Padana Srl")
    assert 'value="IT01234567890"' in client.get("/en/owners/details/").content.decode()


def test_web_form_reports_a_mistake_at_the_field_and_keeps_what_was_typed(client):
    sign_in(client)
    response = submit(client, municipality="Cremona", province="MN")
    html = response.content.decode()
    assert "Cremona is in the province of CR." in html
    assert 'value="Warehouse by the Po"' in html
    assert OwnerSubmission.objects.count() == 0
    response = submit(client)
    assert response["Location"] == "/en/owners/"
    submission = OwnerSubmission.objects.get()
    assert submission.status == OwnerSubmission.Status.SUBMITTED
    assert submission.facts["site_area_m2"] == 20000 and submission.facts["permitted_uses"] == ["logistics"]
    dashboard = client.get("/en/owners/").content.decode()
    assert "Warehouse by the Po" in dashboard and "Submitted" in dashboard


def test_consent_is_required(client):
    sign_in(client)
    html = submit(client, owner_consent=None).content.decode()
    assert "only with the owner&#x27;s consent to publication" in html


def test_report_must_really_be_a_pdf_and_photos_real_images(client):
    sign_in(client)
    fake = SimpleUploadedFile("report.pdf", b"MZ this is a program", content_type="application/pdf")
    html = submit(client, technical_report=fake).content.decode()
    assert "This file is not a PDF document." in html
    photo = SimpleUploadedFile("site.jpg", b"not an image", content_type="image/jpeg")
    html = submit(client, photos=photo).content.decode()
    assert "Upload a valid image" in html
    report = SimpleUploadedFile("anything.bin", PDF, content_type="application/octet-stream")
    submit(client, technical_report=report)
    assert OwnerSubmission.objects.get().technical_report.read().startswith(b"%PDF-")


def test_delegate_without_the_owners_delegation_is_refused(client):
    sign_in(client)
    client.post("/en/owners/details/", {**DETAILS, "role": "delegate"})
    html = submit(client).content.decode()
    assert "attach the delegation signed by the owner" in html
    assert OwnerSubmission.objects.count() == 0
    delegation = SimpleUploadedFile("delega.pdf", PDF, content_type="application/pdf")
    assert submit(client, delegation=delegation).status_code == 302
    assert OwnerSubmission.objects.get().delegation


def excel(rows):
    upload = io.BytesIO(workbook_bytes(rows))
    upload.name = "sites.xlsx"
    return upload


def test_excel_upload_reports_the_mistake_imports_nothing_then_accepts_the_fixed_file(client):
    sign_in(client)
    good_row = {**GOOD, "reference": "XL-1"}
    broken = {**good_row, "power_kw": "lots"}
    response = client.post("/en/owners/upload/", {"file": excel([good_row, {**broken, "reference": "XL-2"}])})
    html = response.content.decode()
    assert "We found 1 mistake in your file: nothing was imported." in html
    assert "<td>4</td>" in html and "Potenza disponibile (kW) / Available power (kW)" in html
    assert "Enter a whole number." in html
    assert OwnerSubmission.objects.count() == 0
    response = client.post("/en/owners/upload/", {"file": excel([good_row, {**good_row, "reference": "XL-2"}])})
    assert response["Location"] == "/en/owners/"
    assert set(OwnerSubmission.objects.values_list("reference", flat=True)) == {"XL-1", "XL-2"}
    assert all(s.proponent.email == "owner@padana.example" for s in OwnerSubmission.objects.all())


def test_excel_errors_are_translated(client):
    sign_in(client)
    html = client.post("/it/proprietari/upload/", {"file": excel([{**GOOD, "power_kw": "tanti"}])}).content.decode()
    assert "Abbiamo trovato 1 errore nel file" in html


def test_a_file_that_is_not_excel_is_refused(client):
    sign_in(client)
    upload = io.BytesIO(b"name,site\n")
    upload.name = "sites.xlsx"
    html = client.post("/en/owners/upload/", {"file": upload}).content.decode()
    assert "This is not an Excel .xlsx file." in html


@pytest.fixture
def staff_client(client):
    from django.test import Client

    staff = Client()
    staff.force_login(get_user_model().objects.create_superuser("staff", "staff@region.example", "pw"))
    return staff


def decide(staff, submission, action, message):
    url = f"/admin/snippets/opportunities/ownersubmission/decide/{submission.pk}/{action}/"
    return staff.post(url, {"message": message})


def test_changes_requested_edited_and_resubmitted(client, staff_client):
    sign_in(client)
    submit(client)
    submission = OwnerSubmission.objects.get()
    mail.outbox.clear()
    decide(staff_client, submission, "changes", "Please add the ceiling height.")
    assert mail.outbox[0].to == ["owner@padana.example"] and "ceiling height" in mail.outbox[0].body
    dashboard = client.get("/en/owners/").content.decode()
    assert "Changes requested" in dashboard and "Please add the ceiling height." in dashboard
    edit = client.get(f"/en/owners/submissions/{submission.pk}/edit/").content.decode()
    assert 'value="Warehouse by the Po"' in edit
    client.post(f"/en/owners/submissions/{submission.pk}/edit/", {**SITE, "ceiling_height_m": "9.5"})
    submission.refresh_from_db()
    assert submission.status == OwnerSubmission.Status.SUBMITTED and submission.facts["ceiling_height_m"] == "9.5"


def test_rejection_shows_the_reason(client, staff_client):
    sign_in(client)
    submit(client)
    submission = OwnerSubmission.objects.get()
    decide(staff_client, submission, "reject", "The site is outside Lombardy's industrial areas.")
    dashboard = client.get("/en/owners/").content.decode()
    assert "Rejected" in dashboard and "outside Lombardy&#x27;s industrial areas" in dashboard
    assert client.get(f"/en/owners/submissions/{submission.pk}/edit/").status_code == 302


def test_an_owner_sees_only_their_own_submissions(client):
    sign_in(client, "first@padana.example")
    submit(client)
    theirs = OwnerSubmission.objects.get()
    client.post("/en/owners/sign-out/")
    sign_in(client, "second@padana.example")
    assert "Warehouse by the Po" not in client.get("/en/owners/").content.decode()
    assert client.get(f"/en/owners/submissions/{theirs.pk}/edit/").status_code == 404


def test_not_public_until_accepted_and_published_then_enquiries_are_counted(client, staff_client):
    catalogue_url = build_catalogue().index.url
    sign_in(client)
    submit(client, title="Zzyzx riverside warehouse")
    submission = OwnerSubmission.objects.get()
    assert ">Zzyzx riverside warehouse</a>" not in client.get(catalogue_url + "?q=Zzyzx").content.decode()
    mail.outbox.clear()
    staff_client.post(f"/admin/snippets/opportunities/ownersubmission/accept/{submission.pk}/")
    assert "being prepared" in mail.outbox[0].subject
    submission.refresh_from_db()
    page = submission.opportunity
    assert not page.live
    assert ">Zzyzx riverside warehouse</a>" not in client.get(catalogue_url + "?q=Zzyzx").content.decode()
    assert "Under validation" in client.get("/en/owners/").content.decode()
    page.save_revision().publish()
    assert ">Zzyzx riverside warehouse</a>" in client.get(catalogue_url + "?q=Zzyzx").content.decode()
    assert "published" in mail.outbox[-1].subject
    page = OpportunityPage.objects.get(pk=page.pk)
    Lead.objects.create(
        kind=Lead.Kind.ENQUIRY, name="Investor", email="i@corp.example", language="en", opportunity=page
    )
    dashboard = client.get("/en/owners/").content.decode()
    assert "Published" in dashboard and "1 enquiry received." in dashboard


def test_a_file_cannot_change_a_site_staff_have_decided_on(client, staff_client):
    sign_in(client)
    client.post("/en/owners/upload/", {"file": excel([{**GOOD, "reference": "XL-1"}])})
    submission = OwnerSubmission.objects.get()
    decide(staff_client, submission, "reject", "Not in Lombardy.")
    html = client.post("/en/owners/upload/", {"file": excel([{**GOOD, "reference": "XL-1", "power_kw": 5}])})
    assert "already decided on this site" in html.content.decode()
    submission.refresh_from_db()
    assert submission.facts["power_kw"] == GOOD["power_kw"]


def test_under_validation_the_owner_waits_and_cannot_edit(client, staff_client):
    sign_in(client)
    submit(client)
    submission = OwnerSubmission.objects.get()
    listing = staff_client.get("/admin/snippets/opportunities/ownersubmission/").content.decode()
    assert "Start validation" in listing and "Request changes" in listing
    staff_client.post(f"/admin/snippets/opportunities/ownersubmission/decide/{submission.pk}/validate/")
    assert "Under validation" in client.get("/en/owners/").content.decode()
    assert client.get(f"/en/owners/submissions/{submission.pk}/edit/").status_code == 302
    response = decide(staff_client, submission, "changes", "")
    assert "This field is required" in response.content.decode()


def test_staff_open_a_submission_with_its_files(client, staff_client):
    sign_in(client)
    report = SimpleUploadedFile("report.pdf", PDF, content_type="application/pdf")
    submit(client, technical_report=report)
    submission = OwnerSubmission.objects.get()
    response = staff_client.get(f"/admin/snippets/opportunities/ownersubmission/edit/{submission.pk}/")
    assert response.status_code == 200
    files = staff_client.get(f"/admin/snippets/opportunities/ownersubmission/files/{submission.pk}/")
    assert "Technical report (PDF)" in files.content.decode()
    download = staff_client.get(
        f"/admin/snippets/opportunities/ownersubmission/files/{submission.pk}/technical_report/"
    )
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert client.get(
        f"/admin/snippets/opportunities/ownersubmission/files/{submission.pk}/technical_report/"
    ).status_code in {302, 403}


def test_an_owner_account_exists_only_once_the_link_is_used(client):
    User = get_user_model()
    ask_link(client, "new-owner@padana.example")
    assert not User.objects.filter(email="new-owner@padana.example").exists()
    path = link_in_outbox()
    # Opening the link (a mail scanner would) still creates nothing.
    assert client.get(path).status_code == 200
    assert not User.objects.filter(email="new-owner@padana.example").exists()
    response = client.post(path.split("?")[0], {"sesame": path.split("sesame=")[1]})
    assert response["Location"] == "/en/owners/details/"
    assert Proponent.objects.filter(user__email="new-owner@padana.example").count() == 1
    # The same link cannot create or open the account a second time.
    other = client.__class__()
    assert other.post(path.split("?")[0], {"sesame": path.split("sesame=")[1]}).status_code == 410


def test_a_forged_new_account_link_is_refused(client):
    token = "new-owner@padana.example:1tAbCd:forgedsignature"
    assert client.post("/en/owners/sign-in/link/", {"sesame": token}).status_code == 410
    assert not get_user_model().objects.filter(email="new-owner@padana.example").exists()
