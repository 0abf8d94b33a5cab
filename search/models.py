"""Opportunities whose index document must be put right: the durable half of index updates.

A row is written in the same transaction as the change (publish, unpublish, move, delete), so it
exists exactly when the change does; after the commit a background task syncs the rows' pages and
deletes them. When Elasticsearch is down the rows stay, with the next time to try, and the index
catches up as soon as a sync succeeds.
"""

from django.core.exceptions import ValidationError
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


class SearchSynonyms(models.Model):
    """Words investors use for the same thing in one language ("semiconductor, microelectronics, chips").

    A search for any of them finds pages holding any of them (search/synonyms.py), on both engines:
    the query is widened, so nothing needs re-indexing when editors change a group.
    """

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, verbose_name=_("Language"))
    terms = models.TextField(
        verbose_name=_("Words that mean the same"),
        help_text=_(
            "Separated by commas; a term may have several words (life sciences). For example: "
            "semiconductor, microelectronics, chips."
        ),
    )

    class Meta:
        verbose_name = _("Search synonyms")
        verbose_name_plural = _("Search synonyms")
        ordering = ["locale", "terms"]

    def __str__(self):
        return self.terms

    def clean(self):
        from search.synonyms import MAX_TERMS, parse_terms

        parsed = parse_terms(self.terms)
        if len(parsed) < 2:
            raise ValidationError({"terms": _("Give at least two terms, separated by commas.")})
        if len(parsed) > MAX_TERMS:
            raise ValidationError({"terms": _("Give at most %(max)s terms in one group.") % {"max": MAX_TERMS}})
        self.terms = ", ".join(" ".join(term) for term in parsed)
