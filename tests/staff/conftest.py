import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "a long passphrase for staff"


@pytest.fixture
def make_staff(db):
    def make(username, *groups, superuser=False):
        User = get_user_model()
        create = User.objects.create_superuser if superuser else User.objects.create_user
        user = create(username, f"{username}@invest.example", PASSWORD)
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


@pytest.fixture
def security_on(settings):
    """What production runs: django-axes and the second factor, off in the rest of the suite."""
    settings.AXES_ENABLED = True
    settings.WAGTAIL_2FA_REQUIRED = True
    return settings


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)
