import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def desk_site(db, settings):
    """The lead forms' factory-built site (contact page in both languages, countries), acknowledgements on."""
    from tests.leads.factories import build_lead_site

    settings.DESK_ACKNOWLEDGE_ENQUIRERS = True
    return build_lead_site()


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@desk.example", "a-long-test-password")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk_member(db, django_user_model):
    return make_user(django_user_model, "marta", "Investment desk")


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "edo", "Editors")
