from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search import home_entry
from search.models import SearchSynonyms


class SearchSynonymsViewSet(SnippetViewSet):
    model = SearchSynonyms
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "locale"]
    list_filter = ["locale"]


register_snippet(SearchSynonymsViewSet)


hooks.register("home_page_entries", home_entry.search_box)
