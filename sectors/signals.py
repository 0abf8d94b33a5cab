"""A published sector page gets its booklet printed again, by the worker, after the transaction commits."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from wagtail.signals import page_published

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


def connect():
    from sectors.models import SectorPage

    page_published.connect(_sector_published, sender=SectorPage, dispatch_uid="sectors-booklet-published")
