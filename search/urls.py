from django.urls import path

from search.views import autocomplete, site_search

urlpatterns = [
    path("", site_search, name="site_search"),
    path("autocomplete/", autocomplete, name="search_autocomplete"),
]
