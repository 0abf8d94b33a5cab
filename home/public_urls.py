"""The site's public address (PUBLIC_BASE_URL) in every absolute link it gives out.

Wagtail builds a page's full URL from its Site's hostname and port, which on a server behind a proxy
are what the app server listens on (`localhost:8000`), not what visitors type. Canonical and og:url,
the sitemap, hreflang, the API's `html_url`, structured data and e-mails therefore take the root from
one setting instead. With several Sites in the tree each keeps its own hostname: the setting names
one site's address.
"""

from django.conf import settings
from wagtail.models import Site


def public_base_url():
    """`https://www.example.org`, without a trailing slash: PUBLIC_BASE_URL, else WAGTAILADMIN_BASE_URL."""
    return (getattr(settings, "PUBLIC_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute_url(path):
    """A path of this site (`/en/sectors/`) as a link that works from outside it."""
    if not path or "://" in path:
        return path
    return public_base_url() + path


def public_url_parts(url_parts):
    """Wagtail's (site id, root URL, page path) with the public root, when the site is the only one."""
    if url_parts is None:
        return None
    site_id, _root_url, page_path = url_parts
    if len({root.site_id for root in Site.get_site_root_paths()}) > 1:
        return url_parts
    return site_id, public_base_url(), page_path
