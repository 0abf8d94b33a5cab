"""Frontend-cache purges that can wait for the worker: editors never wait on the proxy or the CDN."""

from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page


@task()
def purge_frontend_everything_task():
    """Each backend that can ban everything at once does; the others are sent every live page's URLs."""
    backends = get_backends()
    one_by_one = [name for name, backend in backends.items() if not hasattr(backend, "purge_everything")]
    for name, backend in backends.items():
        if name not in one_by_one:
            backend.purge_everything()
    if one_by_one:
        batch = PurgeBatch()
        batch.add_pages(Page.objects.live().filter(depth__gt=1).specific(defer=True))
        batch.purge(backends=one_by_one)
