"""Booklets printed again, by the worker, after the transaction commits: when their sector page is
published, and when a story, site or incentive they show (or now would show) is published, unpublished,
changed or deleted. Only the booklets of that record's language that it concerns are printed again."""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

_paused = ContextVar("sectors_booklets_paused", default=False)


@contextmanager
def printing_paused():
    """For loaders that publish many pages and print every booklet once at the end (the demo)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _sector_published(sender, instance, **kwargs):
    from sectors.tasks import regenerate_booklet_task

    if _paused.get() or instance.alias_of_id:  # an untranslated copy has no booklet of its own
        return
    page_id = instance.pk
    transaction.on_commit(lambda: regenerate_booklet_task.enqueue(page_id))


def _content_changed(instance):
    from sectors import booklets

    if _paused.get() or getattr(instance, "alias_of_id", None):
        return
    for model, shown_for in booklets.content_sources():
        if isinstance(instance, model):
            transaction.on_commit(partial(_reprint, model, instance.pk, instance.locale_id, shown_for))


def _reprint(model, pk, locale_id, shown_for):
    from sectors import booklets
    from sectors.tasks import regenerate_booklet_task

    for sector_id in booklets.request_reprints(booklets.affected_sectors(model, pk, locale_id, shown_for)):
        regenerate_booklet_task.enqueue(sector_id)


def _page_published_or_unpublished(sender, instance, **kwargs):
    _content_changed(instance)


def _saved(sender, instance, raw=False, **kwargs):
    # Pages count when published or unpublished, not on every draft saved.
    if not raw and not isinstance(instance, Page):
        _content_changed(instance)


def _deleted(sender, instance, **kwargs):
    _content_changed(instance)


def connect():
    from sectors.models import SectorPage

    page_published.connect(_sector_published, sender=SectorPage, dispatch_uid="sectors-booklet-published")
    page_published.connect(_page_published_or_unpublished, dispatch_uid="sectors-booklet-content-published")
    page_unpublished.connect(_page_published_or_unpublished, dispatch_uid="sectors-booklet-content-unpublished")
    post_save.connect(_saved, dispatch_uid="sectors-booklet-content-saved")
    post_delete.connect(_deleted, dispatch_uid="sectors-booklet-content-deleted")
