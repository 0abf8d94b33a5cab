"""One sitemap for every language, each page with its translations as alternates."""

from django.contrib.sitemaps.views import sitemap
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})
