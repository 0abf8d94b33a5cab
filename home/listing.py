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

from django.core.paginator import Paginator
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
        results = filterset.qs
        paginator = Paginator(results, self.per_page or max(results.count(), 1))
        page_obj = paginator.get_page(request.GET.get("page"))
        others = request.GET.copy()
        others.pop("page", None)
        return {
            "filter": filterset,
            "form": filterset.form,
            "page_obj": page_obj,
            "items": self.prepare_items(page_obj.object_list, filterset),
            "total": paginator.count,
            "filter_query": others.urlencode(),
            "active_filters": active_filters(filterset.form),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing(request))
        return context


def active_filters(form):
    """[(field label, chosen option's label)] for every valid filter the visitor set."""
    summary = []
    for name, field in form.fields.items():
        value = form.data.get(name)
        if value and name not in form.errors:
            labels = {str(key): label for key, label in getattr(field, "choices", ())}
            summary.append((field.label, labels.get(str(value), value)))
    return summary
