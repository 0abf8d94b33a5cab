"""The demand and offer noticeboard: only moderated notices are public, in each language, with filters;
owners answer demands with their own sites only, and each answer reaches staff."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings

from alerts.models import SavedSearch
from noticeboard import agreement
from noticeboard.models import Answer, Notice
from tests.noticeboard.factories import NoticeFactory, sign_in_owner

pytestmark = pytest.mark.django_db

STAFF = ["desk@agency.example"]


def listed(response):
    return re.findall(r'<h2 class="card__title">([^<]+)</h2>', response.content.decode())


def test_only_published_notices_of_the_language_are_listed(client, site):
    english = client.get("/en/noticeboard/")
    assert english.status_code == 200
    assert sorted(listed(english)) == ["Test lab partner sought", "Test plant sought", "Test site offered"]
    italian = client.get("/it/bacheca/")
    assert listed(italian) == ["Cercasi stabilimento di prova"]
    # The Italian notice still points at the English sector page: it links the Italian one.
    assert 'href="/it/settori/meccanica-di-prova/"' in italian.content.decode()


def test_a_rejected_or_pending_notice_becomes_public_only_when_published(client, site):
    pending = site.notices.pending
    assert "Test pending demand" not in listed(client.get("/en/noticeboard/"))
    pending.status = "published"
    pending.save()
    assert "Test pending demand" in listed(client.get("/en/noticeboard/"))


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("kind=demand", ["Test plant sought"]),
        ("kind=partnership", ["Test lab partner sought"]),
        ("sector=test-mechanics", ["Test lab partner sought", "Test plant sought"]),
        ("province=LO", ["Test site offered"]),
        ("kind=site&province=BS", []),
    ],
)
def test_filters_by_kind_sector_and_province(client, site, query, titles):
    assert sorted(listed(client.get(f"/en/noticeboard/?{query}"))) == titles


def test_a_value_not_in_a_list_is_explained_not_a_server_error(client, site):
    response = client.get("/en/noticeboard/?kind=bogus&province=ZZ&sector=%00x")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Choose a kind of notice from the list." in body
    assert "Choose a province from the list." in body
    assert len(listed(response)) == 3
    italian = client.get("/it/bacheca/?kind=bogus").content.decode()
    assert "Scelga un tipo di annuncio dall’elenco." in italian


def test_the_listing_costs_the_same_queries_with_more_notices(client, site, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/en/noticeboard/")
    for number in range(8):
        NoticeFactory(title=f"Test extra demand {number}", sector=site.mechanics, province="MI")
    with django_assert_num_queries(len(few)):
        response = client.get("/en/noticeboard/")
    assert len(listed(response)) == 11


def test_home_page_and_catalogue_link_the_noticeboard_in_their_language(client, site):
    for address, link in (
        ("/en/", "/en/noticeboard/"),
        ("/en/opportunities/", "/en/noticeboard/"),
        ("/it/", "/it/bacheca/"),
    ):
        assert f'href="{link}"' in client.get(address).content.decode(), address


def test_answering_needs_the_owners_sign_in(client, site):
    response = client.get(f"/en/owners/noticeboard/{site.notices.demand.pk}/answer/")
    assert response.status_code == 302
    assert response["Location"] == "/en/owners/sign-in/"


@override_settings(NOTICEBOARD_NOTIFY_EMAILS=STAFF)
def test_an_owners_answer_reaches_staff_and_is_public_only_once_published(client, site):
    sign_in_owner(client, site.owner)
    demand = site.notices.demand
    form = client.get(f"/en/owners/noticeboard/{demand.pk}/answer/").content.decode()
    assert "Test plant sought" in form  # the demand answered
    assert "Test plant in Brescia" in form and "Test yard in Brescia" in form
    assert "Test depot in Lodi" not in form  # another owner's site is not offered
    mail.outbox.clear()
    response = client.post(
        f"/en/owners/noticeboard/{demand.pk}/answer/", {"site": site.own.pk, "message": "Test: ready in May."}
    )
    assert response.status_code == 302
    answer = Answer.objects.get(notice=demand)
    assert (answer.site, answer.proponent, answer.status) == (site.own, site.owner, "pending")
    [message] = mail.outbox
    assert message.to == STAFF
    assert "Test plant sought" in message.subject
    assert "Test plant in Brescia" in message.body and "Test: ready in May." in message.body
    assert f"/admin/snippets/noticeboard/answer/edit/{answer.pk}/" in message.body
    assert message.reply_to == ["owner@padana.example"]
    # The owner sees it waiting; the public page does not show it yet.
    assert "Waiting for moderation" in client.get("/en/owners/noticeboard/").content.decode()
    assert "Sites proposed by their owners" not in client.get("/en/noticeboard/").content.decode()
    answer.status = "published"
    answer.save()
    page = client.get("/it/bacheca/").content.decode()
    assert "Siti proposti dai proprietari" in page
    assert "Stabilimento di prova a Brescia" in page  # the site in the page's language


@override_settings(NOTICEBOARD_NOTIFY_EMAILS=STAFF)
def test_an_owner_cannot_answer_with_a_site_they_do_not_own(client, site):
    sign_in_owner(client, site.owner)
    mail.outbox.clear()
    response = client.post(
        f"/en/owners/noticeboard/{site.notices.demand.pk}/answer/", {"site": site.foreign.pk, "message": "Mine"}
    )
    assert response.status_code == 200
    assert "Choose one of your own published sites." in response.content.decode()
    assert "Mine" in response.content.decode()  # what was typed is kept
    assert not Answer.objects.exists()
    assert mail.outbox == []


def test_an_owner_answers_once_per_site(client, site):
    sign_in_owner(client, site.owner)
    address = f"/en/owners/noticeboard/{site.notices.demand.pk}/answer/"
    client.post(address, {"site": site.own.pk})
    response = client.post(address, {"site": site.own.pk})
    assert "You have already answered this demand with this site." in response.content.decode()
    assert Answer.objects.count() == 1


def test_only_published_demands_can_be_answered(client, site):
    sign_in_owner(client, site.owner)
    for notice in (site.notices.pending, site.notices.partnership):
        assert client.get(f"/en/owners/noticeboard/{notice.pk}/answer/").status_code == 404


def test_staff_see_and_moderate_answers_in_the_admin(client, site):
    answer = Answer.objects.create(notice=site.notices.demand, proponent=site.owner, site=site.own)
    staff = get_user_model().objects.create_superuser("staff", "staff@agency.example", "a long enough password")
    client.force_login(staff)
    listing = client.get("/admin/snippets/noticeboard/answer/")
    assert listing.status_code == 200
    assert "Test plant in Brescia" in listing.content.decode()
    response = client.post(f"/admin/snippets/noticeboard/answer/edit/{answer.pk}/", {"status": "rejected"})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == "rejected"
    assert client.get("/admin/snippets/noticeboard/answer/add/").status_code in (302, 403)


def saved_brief(site):
    return SavedSearch.objects.create(
        email="investor@example.com",
        language="it",
        query="need_province=BS&need_site_area_min=20000",
        catalogue=site.tree.index,
        status=SavedSearch.Status.CONFIRMED,
    )


def test_a_demand_from_a_saved_search_is_published_only_after_the_visitor_agrees(client, site):
    notice = NoticeFactory(title="Test brief demand", status="pending", saved_search=saved_brief(site))
    notice.status = "published"
    with pytest.raises(ValidationError) as refused:
        notice.full_clean()
    assert "status" in refused.value.message_dict
    mail.outbox.clear()
    agreement.ask(Notice.objects.get(pk=notice.pk))
    [message] = mail.outbox
    assert message.to == ["investor@example.com"]
    assert "bacheca" in message.subject.lower()  # in the visitor's language
    path = re.search(r"http://testserver(\S+)", message.body).group(1)
    assert path.startswith("/it/")
    page = client.get(path)
    assert "Test brief demand" in page.content.decode()
    assert Notice.objects.get(pk=notice.pk).visitor_agreed_at is None  # opening the link is not agreeing
    client.post(path)
    notice.refresh_from_db()
    assert notice.visitor_agreed_at is not None
    notice.full_clean()


def test_a_tampered_agreement_link_is_refused_clearly(client, site):
    notice = NoticeFactory(title="Test brief demand", status="pending", saved_search=saved_brief(site))
    token = agreement.make_token(notice)
    response = client.post(f"/en/noticeboard/agree/{token[:-2]}xx/")
    assert response.status_code == 410
    assert "This link does not work" in response.content.decode()
    assert Notice.objects.get(pk=notice.pk).visitor_agreed_at is None
