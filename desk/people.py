"""The desk's members and the language each reads the admin (and the desk's e-mails) in."""

from django.conf import settings
from django.contrib.auth import get_user_model


def desk_members():
    """Active members of the desk's group: the only people leads, projects and tasks go to."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=settings.LEADS_ASSIGNEE_GROUP)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def user_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
