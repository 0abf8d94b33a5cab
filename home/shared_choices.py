"""A form's choices read from the shared cache instead of the database (issue 11).

A public form's select lists (countries, sectors, business functions) are the same for every visitor
of a language, yet Django reads each one at every render: one query a list, on every page that carries
the form. `SharedChoicesMixin` keeps the rendered (value, label) pairs under the content version
(home/content_version.py), keyed by the queryset's SQL and the active language, so a page with a form
reads none of them. The queryset's models must retire the version when saved (`retire_on`, or pages,
which retire it when published). Validation still reads the database: a posted value is checked
against the queryset as Django always does.
"""

import hashlib

from django.forms.models import ModelChoiceIterator, ModelChoiceIteratorValue
from django.utils.translation import get_language

from home.content_version import kept


class SharedChoiceIterator(ModelChoiceIterator):
    def _pairs(self):
        if not hasattr(self, "_cached_pairs"):
            sql, params = self.queryset.query.sql_with_params()
            digest = hashlib.sha256(f"{sql}|{params}".encode()).hexdigest()[:24]
            self._cached_pairs = kept(
                f"choices:{digest}:{get_language()}",
                lambda: [(self.field.prepare_value(obj), self.field.label_from_instance(obj)) for obj in self.queryset],
            )
        return self._cached_pairs

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for value, label in self._pairs():
            # No instance: the site's widgets render the value and the label only.
            yield (ModelChoiceIteratorValue(value, None), label)

    def __len__(self):
        return len(self._pairs()) + (1 if self.field.empty_label is not None else 0)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self._pairs())


class SharedChoicesMixin:
    """For a ModelChoiceField or ModelMultipleChoiceField whose choices every visitor shares."""

    iterator = SharedChoiceIterator
