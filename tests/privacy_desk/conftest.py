import pytest
from django.contrib.auth.models import Group


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@staff.example", "a-long-test-password")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk_member(db, django_user_model):
    return make_user(django_user_model, "marta", "Investment desk")


@pytest.fixture
def privacy_officer(db, django_user_model):
    return make_user(django_user_model, "paola", "Privacy officer")


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "edo", "Editors")
