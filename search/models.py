"""Opportunities whose index document must be put right: the durable half of index updates.

A row is written in the same transaction as the change (publish, unpublish, move, delete), so it
exists exactly when the change does; after the commit a background task syncs the rows' pages and
deletes them. When Elasticsearch is down the rows stay, with the next time to try, and the index
catches up as soon as a sync succeeds.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    page_id = models.PositiveIntegerField(unique=True, verbose_name=_("Page ID"))
    queued_at = models.DateTimeField(verbose_name=_("Queued at"))
    attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("Attempts"))
    next_attempt_at = models.DateTimeField(db_index=True, verbose_name=_("Next attempt at"))
    last_error = models.CharField(max_length=300, blank=True, verbose_name=_("Last error"))

    class Meta:
        verbose_name = _("Pending search index update")
        verbose_name_plural = _("Pending search index updates")

    def __str__(self):
        return f"page {self.page_id}"
