"""A token that changes whenever published content or site settings change.

Fragments shared by every page (menus, footer) are cached under a key that includes this token, so
publishing, moving or deleting a page, or saving a site setting, retires them at once without
tracking which fragment showed what.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

KEY = "content-version"


def content_version():
    version = cache.get(KEY)
    if version is None:
        # `add` keeps the first token when two requests race to create one.
        cache.add(KEY, uuid.uuid4().hex[:12], timeout=None)
        version = cache.get(KEY)
    return version


def kept(key, build):
    """`build()`'s value, kept with the shared fragments under `key` until the token is retired."""
    return cache.get_or_set(f"{key}:{content_version()}", build, settings.SHARED_FRAGMENT_SECONDS)


def retire(**kwargs):
    """Signal receiver: the next request builds a fresh token, so every keyed fragment is rebuilt."""
    cache.delete(KEY)


def retire_on(*models):
    """For an app whose records are kept under the token (a form's countries, a setting's names): saving
    or deleting one of them retires it. Called from the app's ready(), as home knows no app above it."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        label = model._meta.label_lower
        post_save.connect(_retire_now_and_on_commit, sender=model, dispatch_uid=f"content-version-{label}")
        post_delete.connect(_retire_now_and_on_commit, sender=model, dispatch_uid=f"content-version-{label}-deleted")


def _retire_now_and_on_commit(**kwargs):
    # A snippet's many-to-many (modelcluster's ParentalManyToManyField) is written after post_save: a
    # request between the two would keep the old relations under the new token, so retire once more
    # when the transaction commits (at once outside one).
    from django.db import transaction

    retire()
    transaction.on_commit(retire)


def connect_signals():
    from django.db.models.signals import post_delete
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.models import ContactSettings, NavigationSettings, PrivacySettings

    page_published.connect(retire, dispatch_uid="content-version-published")
    page_unpublished.connect(retire, dispatch_uid="content-version-unpublished")
    post_page_move.connect(retire, dispatch_uid="content-version-moved")
    post_delete.connect(_retire_on_page_delete, dispatch_uid="content-version-page-deleted")
    # A view restriction changes which pages the menus list and what home/request_memo.py keeps.
    retire_on(NavigationSettings, ContactSettings, PrivacySettings, Site, Locale, PageViewRestriction)


def _retire_on_page_delete(sender, instance, **kwargs):
    # post_delete fires for each concrete class of a page; any of them is enough.
    from wagtail.models import Page

    if isinstance(instance, Page):
        retire()
