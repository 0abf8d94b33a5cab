"""Background work of sectors: printing a sector's booklet, run by the worker (inline without one)."""

from django_tasks import task

from sectors import booklets


@task()
def regenerate_booklet_task(page_id):
    booklets.regenerate(page_id)
    if booklets.reprint_waiting(page_id):  # something changed again while it printed
        regenerate_booklet_task.enqueue(page_id)
