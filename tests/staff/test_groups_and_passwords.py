"""The groups the product ships, and the password rules staff accounts must meet."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.staff.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SHIPPED = ["Editors", "Moderators", "Investment desk", "Catalogue validators", "Privacy officer"]


def perms(group_name, user_factory):
    return user_factory(f"member-of-{group_name.lower().replace(' ', '-')}", group_name).get_all_permissions()


def test_the_five_groups_are_shipped():
    assert set(SHIPPED) <= set(Group.objects.values_list("name", flat=True))


def test_groups_that_see_personal_data_or_decide_need_a_second_factor(make_staff):
    for name in ["Investment desk", "Catalogue validators", "Privacy officer"]:
        assert "wagtailadmin.enable_2fa" in perms(name, make_staff), name
    for name in ["Editors", "Moderators"]:
        assert "wagtailadmin.enable_2fa" not in perms(name, make_staff), name


def test_each_group_can_do_its_own_work_only(make_staff):
    desk = perms("Investment desk", make_staff)
    assert {"leads.view_lead", "leads.change_lead"} <= desk
    assert "leads.delete_lead" not in desk and "opportunities.change_ownersubmission" not in desk
    validators = perms("Catalogue validators", make_staff)
    assert "opportunities.change_ownersubmission" in validators and "leads.view_lead" not in validators
    privacy = perms("Privacy officer", make_staff)
    assert {"leads.view_lead", "leads.delete_lead"} <= privacy and "leads.change_lead" not in privacy
    for name in ["Editors", "Moderators"]:
        assert not any(p.startswith("leads.") for p in perms(name, make_staff)), name


def test_editors_see_no_leads_in_the_admin(client, make_staff):
    client.force_login(make_staff("editor", "Editors"))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/leads/").status_code in (302, 403)


def test_short_and_common_passwords_are_refused():
    with pytest.raises(ValidationError) as refused:
        validate_password("Lombardia1")
    assert any(e.code == "password_too_short" for e in refused.value.error_list)
    with pytest.raises(ValidationError) as common:
        validate_password("password1234")
    assert any(e.code == "password_too_common" for e in common.value.error_list)
    validate_password(PASSWORD)


def test_the_admin_user_form_refuses_lombardia1(client, make_staff):
    client.force_login(make_staff("boss", superuser=True))
    response = client.post(
        "/admin/users/new/",
        {
            "username": "newcomer",
            "email": "newcomer@invest.example",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "Lombardia1",
            "password2": "Lombardia1",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not get_user_model().objects.filter(username="newcomer").exists()
