"""The site's line to Elasticsearch: short timeouts and a circuit breaker.

A page must never wait long on a cluster that refuses, hangs or errors: the client connects within
CONNECT_TIMEOUT and gives up reading after the request timeout, and after BREAKER_FAILURES failures
in a row the breaker skips Elasticsearch for BREAKER_COOLDOWN seconds (each request answers from the
database at once), then lets one request try again. The breaker is per process, which is what a
cool-down needs: each worker learns about an outage from its own first failures.
"""

import logging
import threading
import time

import urllib3
from django.conf import settings
from elastic_transport import Urllib3HttpNode
from elastic_transport.client_utils import DEFAULT

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 0.5
READ_TIMEOUT = 1.0
# Index updates of a few pages may run in an editor's request (django-tasks' immediate backend):
# as patient as Wagtail's own index updates. Rebuilds and reconciles run from the command line.
UPDATE_TIMEOUT = 5.0
WRITE_TIMEOUT = 30.0


class ClusterUnavailable(Exception):
    """Elasticsearch is not used right now (the breaker is open, or no cluster is configured)."""


class ShortConnectNode(Urllib3HttpNode):
    """urllib3 node whose connect timeout stays short whatever the read timeout of a request.

    elastic-transport gives urllib3 one total timeout; a port that accepts connections and never
    answers is only caught by the read timeout, a refused or unroutable one by the connect timeout.
    """

    def perform_request(self, method, target, body=None, headers=None, request_timeout=DEFAULT):
        if isinstance(request_timeout, int | float):
            request_timeout = urllib3.Timeout(connect=min(CONNECT_TIMEOUT, request_timeout), read=request_timeout)
        return super().perform_request(method, target, body=body, headers=headers, request_timeout=request_timeout)


class SearchTimeoutNode(ShortConnectNode):
    """For Wagtail's backend, whose one client both searches and indexes: searches give up after
    READ_TIMEOUT (site search then answers from the database), index writes keep the backend's
    longer TIMEOUT (a bulk update of many pages may take seconds)."""

    def perform_request(self, method, target, body=None, headers=None, request_timeout=DEFAULT):
        path = target.split("?", 1)[0]
        if path.endswith(("/_search", "/_msearch", "/_count")) and isinstance(request_timeout, int | float):
            request_timeout = min(request_timeout, READ_TIMEOUT)
        return super().perform_request(method, target, body=body, headers=headers, request_timeout=request_timeout)


def client_options(timeout=READ_TIMEOUT):
    """Constructor options for an Elasticsearch client (also used for Wagtail's backend)."""
    return {"node_class": ShortConnectNode, "max_retries": 0, "retry_on_timeout": False, "request_timeout": timeout}


_clients = {}


def get_client(url=None, timeout=None):
    """A client for searches (read timeout ELASTICSEARCH_SEARCH_TIMEOUT, 1 s) or with the given timeout."""
    from elasticsearch import Elasticsearch

    timeout = timeout or getattr(settings, "ELASTICSEARCH_SEARCH_TIMEOUT", READ_TIMEOUT)
    url = url or settings.ELASTICSEARCH_URL
    if not url:
        raise ClusterUnavailable("ELASTICSEARCH_URL is not set")
    key = (url, timeout)
    if key not in _clients:
        _clients[key] = Elasticsearch(url, **client_options(timeout))
    return _clients[key]


class CircuitBreaker:
    """Closed: calls go through. Open: calls fail at once until the cool-down is over. Then one
    call may try (half-open); its success closes the breaker, its failure opens it again."""

    def __init__(self, failures=None, cooldown=None, clock=time.monotonic):
        self._threshold = failures
        self._cooldown = cooldown
        self.clock = clock
        self._lock = threading.Lock()
        self.reset()
        self.on_recovery = []  # callables run when a call succeeds after the breaker opened

    # Read from settings when not given, at call time: this module is imported while settings load.
    @property
    def threshold(self):
        return self._threshold or getattr(settings, "ELASTICSEARCH_BREAKER_FAILURES", 3)

    @property
    def cooldown(self):
        return self._cooldown if self._cooldown is not None else getattr(settings, "ELASTICSEARCH_BREAKER_COOLDOWN", 30)

    def reset(self):
        self.failures = 0
        self.opened_at = None

    @property
    def is_open(self):
        return self.opened_at is not None and self.clock() - self.opened_at < self.cooldown

    def call(self, function, *args, **kwargs):
        with self._lock:
            if self.is_open:
                raise ClusterUnavailable("Elasticsearch skipped for a cool-down after repeated failures")
            was_tripped = self.opened_at is not None or self.failures > 0
            if self.opened_at is not None:
                self.opened_at = self.clock()  # half-open: one caller tries, the others keep skipping
        try:
            value = function(*args, **kwargs)
        except Exception:
            with self._lock:
                self.failures += 1
                if self.failures >= self.threshold:
                    self.opened_at = self.clock()
            raise
        with self._lock:
            self.reset()
        if was_tripped:
            for callback in self.on_recovery:
                try:
                    callback()
                except Exception:  # a recovery hook must never fail the call that succeeded
                    logger.exception("Search recovery hook failed")
        return value


breaker = CircuitBreaker()
