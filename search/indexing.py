"""Keeping the catalogue index true: publish, unpublish, move and delete reach Elasticsearch.

Like Wagtail 7.4 (modelsearch's signal handlers enqueue `insert_or_update_object_task`, a
django-tasks task), changes are handed to a django-tasks task; unlike it, the task is enqueued only
after the transaction commits, and it works from durable PendingIndexUpdate rows written inside the
transaction, so an update survives Elasticsearch being down: the rows stay with a back-off, and are
synced by the next task that succeeds, by the breaker's recovery hook, or by `manage.py reconcile`.

With the default ImmediateBackend the task runs in the request right after the commit, within the
short timeouts of search.cluster; a queue backend (django-tasks' worker) moves it out of the request.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import default_task_backend, task
from wagtail.models import Page
from wagtail.signals import post_page_move

from search.cluster import ClusterUnavailable, breaker

logger = logging.getLogger(__name__)
BATCH = 500
MAX_BACKOFF = timedelta(minutes=15)


def enabled():
    return getattr(settings, "CATALOGUE_SEARCH_ENGINE", "database") == "elasticsearch"


def _is_opportunity(instance):
    from opportunities.models import OpportunityPage

    return isinstance(instance, Page) and (
        isinstance(instance, OpportunityPage) or instance.specific_class is OpportunityPage
    )


def queue(page_ids):
    """Marks pages for syncing (inside the caller's transaction) and syncs them after the commit."""
    from search.models import PendingIndexUpdate

    now = timezone.now()
    for page_id in page_ids:
        PendingIndexUpdate.objects.update_or_create(
            page_id=page_id, defaults={"queued_at": now, "next_attempt_at": now, "attempts": 0, "last_error": ""}
        )
    after_commit(enqueue_sync)


def after_commit(function):
    transaction.on_commit(function)


def enqueue_sync(force=False):
    sync_pending_task.enqueue(force=force)


def on_save(sender, instance, raw=False, **kwargs):
    if raw or not enabled() or not _is_opportunity(instance):
        return
    queue([instance.pk])


def on_delete(sender, instance, **kwargs):
    if enabled() and _is_opportunity(instance):
        queue([instance.pk])


def on_move(sender, instance, **kwargs):
    # url_path changed (the catalogue filters on it): the page and anything under it.
    if enabled():
        from opportunities.models import OpportunityPage

        ids = list(OpportunityPage.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))
        if ids:
            queue(ids)


def connect():
    post_save.connect(on_save, dispatch_uid="catalogue-index-save")
    post_delete.connect(on_delete, dispatch_uid="catalogue-index-delete")
    post_page_move.connect(on_move, dispatch_uid="catalogue-index-move")


def backoff(attempts):
    return min(timedelta(seconds=10 * 2 ** min(attempts, 10)), MAX_BACKOFF)


def sync_pending(force=False):
    """Syncs every due pending page; returns how many were synced. Raises when the cluster fails
    (after recording the failure on the rows, for the back-off)."""
    from search.models import PendingIndexUpdate
    from search.opportunity_index import sync_pages

    synced = 0
    while True:
        now = timezone.now()
        rows = PendingIndexUpdate.objects.order_by("pk")
        if not force:
            rows = rows.filter(next_attempt_at__lte=now)
        batch = list(rows.values_list("pk", "page_id", "queued_at", "attempts")[:BATCH])
        if not batch:
            return synced
        try:
            breaker.call(sync_pages, [page_id for _pk, page_id, _queued, _attempts in batch])
        except Exception as error:
            for pk, _page_id, _queued, attempts in batch:
                PendingIndexUpdate.objects.filter(pk=pk).update(
                    attempts=attempts + 1,
                    next_attempt_at=now + backoff(attempts),
                    last_error=f"{type(error).__name__}: {error}"[:300],
                )
            raise
        # A row queued again while we synced stays for the next run.
        for pk, _page_id, queued_at, _attempts in batch:
            PendingIndexUpdate.objects.filter(pk=pk, queued_at=queued_at).delete()
        synced += len(batch)


@task()
def sync_pending_task(force=False):
    try:
        return sync_pending(force=force)
    except ClusterUnavailable as error:
        logger.info("Catalogue index update postponed: %s", error)
    except Exception:
        logger.warning("Catalogue index update failed; it will be retried", exc_info=True)
    # Retry later where the task backend can defer; otherwise the rows wait for the next sync.
    backend = default_task_backend
    if backend.supports_defer:
        sync_pending_task.using(run_after=timezone.now() + backoff(1)).enqueue()
    return 0


def catch_up_after_outage():
    """The breaker's recovery hook: Elasticsearch answers again, so sync what waited, back-off or not."""
    from search.models import PendingIndexUpdate

    if enabled() and PendingIndexUpdate.objects.exists():
        after_commit(lambda: enqueue_sync(force=True))


def changed_since(moment):
    """Opportunities published, unpublished, moved or deleted since `moment` (a rebuild's catch-up):
    Wagtail logs each of those actions, deleted pages included."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageLogEntry

    from opportunities.models import OpportunityPage
    from search.models import PendingIndexUpdate

    content_type = ContentType.objects.get_for_model(OpportunityPage)
    logged = PageLogEntry.objects.filter(timestamp__gte=moment, content_type=content_type)
    ids = set(logged.values_list("page_id", flat=True))
    ids |= set(PendingIndexUpdate.objects.values_list("page_id", flat=True))
    return ids
