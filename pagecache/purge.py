"""When content changes, the cached pages that show it are retired, here and in the frontend cache.

- A leaf page published or unpublished: the page, its ancestors (index pages, the home page), the pages
  that reference it (featured pages, links: Wagtail's ReferenceIndex) and those it references or chooses
  in a many-to-many field (a story chooses its sector and territory pages, which list it).
- A page with children published or unpublished, any page moved or deleted, and any save of a snippet,
  a setting, a site, a locale, or an edited image or document: everything, since menus, breadcrumbs,
  taxonomies and contacts appear on every page. A leaf page referenced by a snippet or setting (a menu
  item) also purges everything.
- A snippet that only some pages show says which with a `pages_showing()` method returning a page
  queryset (a sector's booklet: its sector page): saving or deleting it purges those pages alone, so the
  worker reprinting a booklet does not empty the cache of the whole site.

Purges run when the transaction commits, so a request in between cannot store the old content again.
"""

from functools import partial
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import store


def rendered_models():
    """Models whose rows pages render without a page of their own: snippets, settings, sites and locales."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.snippets.models import get_snippet_models

    ignored = {apps.get_model(label) for label in settings.PAGE_CACHE_IGNORED_MODELS}
    return ({*get_snippet_models(), *settings_registry, Site, Locale}) - ignored


def purge_everything():
    store.purge_everything()
    if settings.WAGTAILFRONTENDCACHE:
        from pagecache.tasks import purge_frontend_everything_task

        purge_frontend_everything_task.enqueue()


def pages_showing(page):
    """The live pages that show this leaf page, itself included; None when snippets or settings show it."""
    page_type = ReferenceIndex._get_base_content_type(Page)
    inbound = ReferenceIndex.get_references_to(page).values_list("base_content_type_id", "object_id")
    rendered = {ReferenceIndex._get_base_content_type(model).pk for model in rendered_models()}
    page_ids = {page.pk}
    for content_type_id, object_id in inbound:
        if content_type_id == page_type.pk:
            page_ids.add(int(object_id))
        elif content_type_id in rendered:
            return None
    outbound = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    page_ids.update(int(pk) for pk in outbound.values_list("to_object_id", flat=True))
    page_ids.update(_chosen_pages(page.specific))
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return Page.objects.live().filter(pk__in=page_ids) | ancestors.live() | Page.objects.filter(pk=page.pk)


def _chosen_pages(page):
    """Pages chosen in many-to-many fields (a story's sectors), which the ReferenceIndex does not record."""
    for field in page._meta.get_fields():
        if field.many_to_many and not field.auto_created and issubclass(field.related_model, Page):
            yield from getattr(page, field.name).values_list("pk", flat=True)


def purge_page(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    showing = None if page.numchild else pages_showing(page)
    if showing is None:
        purge_everything()
        return
    purge_pages(showing)


def purge_pages(pages):
    batch = PurgeBatch()
    batch.add_pages(pages.specific(defer=True))
    store.purge_paths({urlsplit(url).path for url in batch.urls})
    if settings.WAGTAILFRONTENDCACHE:
        batch.purge()


def _record_changed(instance):
    """Purges the pages a snippet says show it, or everything; the ids are read now, before a delete."""
    showing = getattr(instance, "pages_showing", None)
    if showing is None:
        _after_commit(purge_everything)
        return
    page_ids = list(showing().values_list("pk", flat=True))
    _after_commit(lambda: purge_pages(Page.objects.filter(pk__in=page_ids)))


def _after_commit(function):
    # A deleted subtree calls this once per page: each purge is a cache write and, with a frontend cache,
    # one ban, which Varnish folds into the others (its ban_dups parameter).
    transaction.on_commit(function)


def _page_changed(sender, instance, **kwargs):
    _after_commit(partial(purge_page, instance.pk))


def _everything_changed(sender=None, **kwargs):
    _after_commit(purge_everything)


def _model_saved(sender, instance, created=False, **kwargs):
    if sender in _media_models():
        if not created:  # a new upload is on no page yet
            _after_commit(purge_everything)
    elif sender in rendered_models():
        _record_changed(instance)


def _model_deleted(sender, instance, **kwargs):
    if sender in _media_models():
        _after_commit(purge_everything)
    elif sender in rendered_models():
        _record_changed(instance)


def _media_models():
    return (get_image_model(), get_document_model())


def connect_signals():
    page_published.connect(_page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_everything_changed, dispatch_uid="pagecache-moved")
    post_delete.connect(_everything_changed, sender=Page, dispatch_uid="pagecache-page-deleted")
    # Without a sender: snippets are registered after apps are ready, so models are matched per save.
    post_save.connect(_model_saved, dispatch_uid="pagecache-model-saved")
    post_delete.connect(_model_deleted, dispatch_uid="pagecache-model-deleted")
