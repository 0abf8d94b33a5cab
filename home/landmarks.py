"""The pages of which each language has one: the catalogue, the story index, the incentive finder, the
ecosystem map... found together, once per request (issue 11).

Pages link to them ("All success stories", "See the catalogue"); each look-up was a query, four on a
sector page. The first look-up of a request reads the first live, public page (in tree order, as
`.first()` did) of every such kind asked for so far in this process, in that language, in one query;
the request's other look-ups reuse it. They come as their specific class with only the generic fields
read (`specific(defer=True)`): their URL and title cost no query, a specific field read from one costs one.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from home.request_memo import memoised

# The kinds asked for so far: a page type joins at its first look-up, so the apps above need not register.
_kinds = {}


def landmark(model, locale_id):
    """The first live, public `model` page in that locale, or None."""
    kind = ContentType.objects.get_for_model(model)
    _kinds.setdefault(kind.pk, model)
    found = memoised(("landmarks", locale_id, tuple(sorted(_kinds))), lambda: _first_of_each(locale_id))
    return found.get(kind.pk)


def _first_of_each(locale_id):
    pages = Page.objects.live().public().filter(locale_id=locale_id, content_type_id__in=list(_kinds))
    first = {}
    for page in pages.order_by("path").specific(defer=True):
        first.setdefault(page.content_type_id, page)
    return first
