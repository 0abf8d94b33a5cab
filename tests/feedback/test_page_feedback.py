"""'Was this page useful?': asked below pages, answered without JavaScript, counted for editors."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from feedback.models import PageFeedback
from tests.factories import StandardPageFactory, translate

QUESTION_EN = "Was this page useful?"
QUESTION_IT = "Questa pagina è stata utile?"


@pytest.fixture
def pages(site_tree):
    english = StandardPageFactory(parent=site_tree.en, title="Tax incentives", slug="tax-incentives")
    italian = translate(english, title="Incentivi fiscali", slug="incentivi-fiscali")
    return english, italian


def answer(client, page, language="en", **fields):
    data = {"page": page.pk, **fields}
    return client.post(f"/{language}/feedback/", data)


def test_content_pages_ask_in_their_language_and_the_home_page_does_not(client, site_tree, pages):
    english = client.get("/en/tax-incentives/").content.decode()
    italian = client.get("/it/incentivi-fiscali/").content.decode()
    assert QUESTION_EN in english
    assert QUESTION_IT in italian
    assert QUESTION_EN not in client.get("/en/").content.decode()
    # No CSRF token: the question must not make every page private to the page cache.
    section = english[english.index('class="page-feedback') :]
    assert "csrfmiddlewaretoken" not in section[: section.index("</section>")]


def test_an_answer_is_stored_with_personal_details_masked(client, pages):
    english, _ = pages
    comment = "I looked for rates; write to me at anna.rossi@example.com or +39 02 1234 5678"
    response = answer(client, english, useful="no", comment=comment)
    assert response.status_code == 200
    assert "Thank you for your feedback" in response.content.decode()
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.useful) == (english.pk, False)
    assert "example.com" not in stored.comment and "5678" not in stored.comment
    assert stored.comment.startswith("I looked for rates; write to me at […] or […]")


def test_no_answer_is_refused_in_italian_and_the_comment_is_kept(client, pages):
    _, italian = pages
    response = answer(client, italian, language="it", comment="Mancano i costi dell'energia")
    body = response.content.decode()
    assert response.status_code == 400
    assert "Risponda sì o no." in body
    assert "Mancano i costi dell&#x27;energia</textarea>" in body
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("page_value", ["999999", "abc", ""])
def test_an_unknown_page_is_refused_without_a_server_error(client, site_tree, page_value):
    response = client.post("/en/feedback/", {"page": page_value, "useful": "yes"})
    assert response.status_code == 400
    assert "This page cannot be rated" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_draft_page_cannot_be_rated(client, pages):
    english, _ = pages
    english.unpublish()
    assert answer(client, english, useful="yes").status_code == 400
    assert not PageFeedback.objects.exists()


def test_a_filled_trap_is_thanked_but_not_kept(client, pages):
    english, _ = pages
    response = answer(client, english, useful="yes", website="http://spam.example")
    assert response.status_code == 200
    assert not PageFeedback.objects.exists()


def test_answers_are_rate_limited_per_address(client, pages, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_IP = 2
    english, _ = pages
    assert [answer(client, english, useful="yes").status_code for _ in range(3)] == [200, 200, 429]
    assert PageFeedback.objects.count() == 2


def test_only_get_is_refused_politely(client, site_tree):
    assert client.get("/en/feedback/").status_code == 405


@pytest.fixture
def staff(db):
    def make(username, *permissions):
        user = get_user_model().objects.create_user(username, f"{username}@invest.example", "x-pass-1234")
        for codename in ("access_admin", *permissions):
            user.user_permissions.add(Permission.objects.get(codename=codename))
        return user

    return make


def test_editors_see_counts_per_page_and_language_and_the_comments(client, pages, staff):
    english, italian = pages
    answer(client, english, useful="yes")
    answer(client, english, useful="no", comment="Energy prices are missing")
    answer(client, italian, language="it", useful="yes")
    client.force_login(staff("editor", "view_pagefeedback"))
    summary = client.get("/admin/reports/page-feedback/").content.decode()
    rows = {
        title: summary[summary.index(title) :].split("</tr>")[0] for title in ("Tax incentives", "Incentivi fiscali")
    }
    assert rows["Tax incentives"].count("<td>1</td>") == 3  # one yes, one no, one comment
    assert rows["Incentivi fiscali"].count("<td>1</td>") == 1 and "<td>0</td>" in rows["Incentivi fiscali"]
    comments = client.get(f"/admin/reports/page-feedback/{english.pk}/").content.decode()
    assert "Energy prices are missing" in comments


def test_staff_without_the_permission_cannot_read_feedback(client, pages, staff):
    english, _ = pages
    client.force_login(staff("desk"))
    assert client.get("/admin/reports/page-feedback/").status_code in (302, 403)
    assert client.get(f"/admin/reports/page-feedback/{english.pk}/").status_code in (302, 403)


def test_the_shipped_editors_group_reads_feedback(client, pages):
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("ed", "ed@invest.example", "x-pass-1234")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/reports/page-feedback/").status_code == 200
