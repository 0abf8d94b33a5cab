"""One sitemap for every language: the live, public pages of every language tree that are really
translated (an untranslated copy under /it/ is not a page of its own, home/translation_state.py), each
at its public address (PUBLIC_BASE_URL, home/public_urls.py)."""

from django.contrib.sitemaps.views import sitemap
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.translation_state import translated_only


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        pages = translated_only(Page.objects.filter(in_any_tree).live().public())
        return pages.order_by("path").defer_streamfields().specific()


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})
