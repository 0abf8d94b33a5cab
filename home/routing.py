"""A request's way down the page tree in one query, and the breadcrumb trail it passes (issue 11).

Wagtail's `Page.route` reads each level twice, the child by its slug and then its specific page, and
the breadcrumbs read the same ancestors again: five queries for /en/sectors/science/ below the home
page. Here every page on the path comes in one query by `url_path` (which Wagtail keeps equal to the
slugs from the site root); only the page that answers, and a page on the way that routes by itself
(a RoutablePageMixin page such as the catalogue), is read as its specific page. The pages passed on the
way are kept on the answering page (`route_trail`), home first, for the breadcrumbs and `get_parent()`,
which then give generic pages: only their URL and title are read. The answering page is given the
request's Locale, so `page.locale` is not read again.

Before the path, Wagtail reads the request's Site and the site's home page in the visitor's language
as its specific page (one to three queries a request). Both are kept with the shared fragments instead
(`home/content_version.py`: saving a Site or a Locale, or publishing, moving or deleting a page retires
them): the Site by host and port, the home page as a generic page, which is all a route below it
needs; the home page's own address reads its specific page, as it must render it.
"""

import hashlib

from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import get_site_for_hostname

from home.content_version import kept


def route_for_request(request, path):
    """Page.route_for_request: the same answer, kept on the request as Wagtail keeps it, starting from the
    kept home page when the path goes below it."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route_from_home(request, path)
    return request._wagtail_route_for_request


def find_site(request):
    """Site._find_for_request: Wagtail's choice for the host and port, kept with the shared fragments."""
    # The raw host, as Wagtail reads it; hashed, so a key never carries a Host header as sent (the
    # middleware's ALLOWED_HOSTS check has already bounded which hosts reach a view).
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    key = hashlib.sha256(f"{hostname}:{port}".encode()).hexdigest()[:32]
    return kept(f"site-for:{key}", lambda: _site_or_none(hostname, port))


def _site_or_none(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def _route_from_home(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    path_components = [component for component in path.split("/") if component]
    locale = Locale.get_active()
    home = kept(f"site-home:{site.pk}:{locale.pk}", lambda: site.root_page.localized)
    try:
        if not path_components or _routes_itself(home):
            return home.specific.route(request, path_components)
        return route(home, request, path_components)
    except Http404:
        return None


def route(page, request, path_components):
    """BasePage.route: Wagtail's answer for the same path, reading the pages on the way together."""
    if not path_components:
        return Page.route(page, request, path_components)
    # A route started by another page's `route` carries the pages already read (see the end).
    found = getattr(page, "_route_found", None)
    if found is None:
        found = _pages_on_path(page, path_components)
    trail = _trail_of(page)
    parent, url_path = page, page.url_path
    for position, slug in enumerate(path_components):
        url_path = f"{url_path}{slug}/"
        child = found.get(url_path)
        if child is None:
            raise Http404
        child._cached_parent_obj = parent
        if trail is not None and parent.depth > 1:
            trail = [*trail, parent]
        remaining = path_components[position + 1 :]
        if not remaining or _routes_itself(child):
            child._route_found = found
            if trail is not None:
                child._route_trail = trail
            # `specific` keeps the attributes set here (Wagtail copies them to the specific page).
            answer = child.specific
            _share_locale(answer)
            return answer.route(request, remaining)
        parent = child


def route_trail(page):
    """The page's ancestors below the tree root, home first: the ones routing passed, else read now."""
    trail = getattr(page, "_route_trail", None)
    return trail if trail is not None else list(page.get_ancestors().filter(depth__gt=1))


def _pages_on_path(page, path_components):
    """{url_path: generic page} for every page named by the path below `page`, in one query."""
    url_paths, url_path = [], page.url_path
    for slug in path_components:
        url_path = f"{url_path}{slug}/"
        url_paths.append(url_path)
    below = Page.objects.filter(
        path__startswith=page.path, depth__gt=page.depth, depth__lte=page.depth + len(path_components)
    )
    return {child.url_path: child for child in below.filter(url_path__in=url_paths)}


def _trail_of(page):
    """The ancestors of `page` below the tree root, when known without a query: a site's root page
    (depth 2) has none; a page this module routed to carries its own."""
    if page.depth <= 2:
        return []
    return getattr(page, "_route_trail", None)


def _share_locale(page):
    """The request's Locale (read once, home/request_memo.py) as the page's, when it is: `page.locale`
    then costs no query."""
    locale = Locale.get_active()
    if locale.pk == page.locale_id:
        page.locale = locale


def _routes_itself(child):
    """A page type with its own `route` (sub-routes, say) is asked by its specific page, as Wagtail does."""
    model = child.specific_class
    return model is None or getattr(model, "route", None) is not route
