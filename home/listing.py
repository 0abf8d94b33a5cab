"""One way for a page to list things: a django-filter FilterSet, a queryset and a page size.

A listing page (stories, news, the ecosystem directory, later the incentives) mixes in
`FilteredListingMixin`, names its `filterset_class`, says what it lists in `listing_queryset()`
and, if the template needs more per item, adapts one page of results in `prepare_items()`. The
template gets the form, the page of results, the pagination links (keeping the other filters),
the active filters and whether nothing matched; it includes the shared components
`components/filter_form.html` and `components/pagination.html`.

Values in the address are the ones the filter form shows (readable slugs), so a filtered
listing can be linked and bookmarked. A value not in the list is left out of the filtering and
its field shows the FilterSet's translated message, so the visitor sees why.
"""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, Window
from wagtail.models import Page

from home.translation_state import translated_only


class FilteredListingMixin:
    filterset_class = None
    # None: one page with every result (the ecosystem map and list show the same entities).
    per_page = 12

    def listing_queryset(self, request):
        raise NotImplementedError

    def filterset_kwargs(self, request):
        """What else the FilterSet needs to build its choices (the page's language, say)."""
        return {}

    def prepare_items(self, items, filterset):
        """One page of results as the template shows them."""
        return list(items)

    def get_listing(self, request):
        queryset = self.listing_queryset(request)
        if issubclass(queryset.model, Page):
            # A listing under /it/ never shows a page still in English (home/translation_state.py).
            queryset = translated_only(queryset)
        filterset = self.filterset_class(
            request.GET, queryset=queryset, request=request, **self.filterset_kwargs(request)
        )
        page_obj = page_of(filterset.qs, self.per_page, request.GET.get("page"))
        others = request.GET.copy()
        others.pop("page", None)
        return {
            "filter": filterset,
            "form": filterset.form,
            "page_obj": page_obj,
            "items": self.prepare_items(page_obj.object_list, filterset),
            "total": page_obj.paginator.count,
            "filter_query": others.urlencode(),
            "active_filters": active_filters(filterset.form),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing(request))
        return context


# Past this page number a request is answered the way Paginator does (count first), so the offset
# never grows past what the database takes.
MAX_COUNTED_PAGE = 10_000


def page_of(results, per_page, number):
    """The page `number` of results (None: every result on one page), as `Paginator.get_page` gives it,
    but in one query: the rows carry the number of results (COUNT(*) OVER ()), so no count query.

    A count alongside DISTINCT would count the rows before duplicates are removed, so a distinct
    queryset (a filter through a many-to-many) is paginated as Django does it; so is a page past the
    last, which `get_page` answers with the last page.
    """
    if not per_page:
        rows = list(results)
        return Paginator(rows, max(len(rows), 1)).page(1)
    counted = _page_number(number)
    if (
        counted is None
        or results.query.distinct
        or results.query.combinator
        or not connections[results.db].features.supports_over_clause
    ):
        return Paginator(results, per_page).get_page(number)
    start = (counted - 1) * per_page
    rows = list(results.annotate(listing_total=Window(Count("pk")))[start : start + per_page])
    if not rows:
        return Paginator(results, per_page).get_page(number)
    return PaginatorPage(rows, counted, Paginator(_Counted(rows[0].listing_total), per_page))


def _page_number(number):
    """The page asked for: 1 when the address names none or no number; None for one Paginator must check
    (past MAX_COUNTED_PAGE, or below 1)."""
    try:
        number = int(number) if number not in (None, "") else 1
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= MAX_COUNTED_PAGE else None


class _Counted:
    """What a Paginator needs of a list it does not hold: its length."""

    def __init__(self, total):
        self.total = total

    def __len__(self):
        return self.total


def active_filters(form):
    """[(field label, chosen option's label)] for every valid filter the visitor set."""
    summary = []
    for name, field in form.fields.items():
        value = form.data.get(name)
        if value and name not in form.errors:
            labels = {str(key): label for key, label in getattr(field, "choices", ())}
            summary.append((field.label, labels.get(str(value), value)))
    return summary
