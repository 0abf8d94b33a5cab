"""The Varnish backend of wagtail.contrib.frontend_cache, with a ban of everything (deploy/varnish/default.vcl).

Wagtail's HTTPBackend sends PURGE for one URL; a change shown on every page (a menu, a contact) would
need one PURGE per page, so this backend can also send one BAN, which the VCL turns into a ban of every
object it holds.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    def __init__(self, params):
        self.timeout = params.pop("TIMEOUT", 5)
        super().__init__(params)

    def purge_everything(self):
        request = BanRequest(f"{self.cache_scheme}://{self.cache_netloc}/", headers={"X-Ban-Everything": "1"})
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 - the configured proxy's own URL
        except (URLError, OSError) as error:
            logger.error("Couldn't ban every page from Varnish at %s: %s", self.cache_netloc, error)
