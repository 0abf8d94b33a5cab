"""The link from a record to a taxonomy entry (a country, a sector, a business function)."""

from django.db import models


def optional_tag(model, verbose_name):
    """A link that may stay empty, and empties itself when the entry is deleted: the record is kept."""
    return models.ForeignKey(
        model, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=verbose_name
    )
