"""HTML to PDF with WeasyPrint, reading only the site's own static and media files.

Booklets, dossiers and proposals are printed from the same HTML and CSS as their pages, so one
layout serves the screen and the paper. The renderer never goes to the network: a page that names
a remote image or stylesheet prints without it instead of making the server fetch an address that
visitors' or editors' content chose (server-side request forgery), and a slow host can never hold a
worker. Relative addresses (`/static/css/site.css`) resolve against `base_url`, by default the site's
public address; only its STATIC_URL and MEDIA_URL paths, and the media storage's own address (the
bucket on S3), are served, straight from the files.
"""

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from home.public_urls import public_base_url

_PROBE = "__pdf_probe__"


class LocalFilesFetcher(URLFetcher):
    """Serves the site's static and media files by name; refuses every other address."""

    def __init__(self, base_url):
        super().__init__(allowed_protocols=("http", "https", "data"))
        self._origin = _origin(base_url)
        # What the media storage puts before a file's name: "/media/" locally, the bucket's URL on S3.
        self._media_prefix = default_storage.url(_PROBE).split(_PROBE)[0]

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)  # inline images and fonts: nothing is fetched
        name, opener = self._local_file(url)
        if opener is None:
            raise ValueError(f"Not one of the site's own files: {url}")
        with opener(name) as handle:
            body = handle.read()
        mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    def _local_file(self, url):
        if "://" in self._media_prefix and url.startswith(self._media_prefix):
            return _name(url[len(self._media_prefix) :]), default_storage.open
        if _origin(url) != self._origin:
            return None, None
        path = urlsplit(url).path
        if path.startswith(settings.STATIC_URL):
            return _name(path[len(settings.STATIC_URL) :]), _open_static
        if path.startswith(settings.MEDIA_URL):
            return _name(path[len(settings.MEDIA_URL) :]), default_storage.open
        return None, None


def _origin(url):
    parts = urlsplit(url)
    return (parts.scheme.lower(), parts.netloc.lower())


def _name(tail):
    return unquote(tail.split("?")[0].split("#")[0])


def _open_static(name):
    """The app and project static folders first (development, tests), else the collected files."""
    path = finders.find(name)
    if path:
        return open(path, "rb")  # closed by the caller's with
    return staticfiles_storage.open(name)


def laid_out(html: str, base_url: str | None = None):
    """The document laid out in pages (WeasyPrint's Document: `len(doc.pages)`, `doc.write_pdf()`)."""
    base_url = base_url or public_base_url() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=LocalFilesFetcher(base_url)).render()


def render_pdf(html: str, base_url: str | None = None) -> bytes:
    """The PDF of an HTML document, printed with its `@media print` rules."""
    return laid_out(html, base_url).write_pdf()
