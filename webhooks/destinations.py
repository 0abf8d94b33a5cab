"""Where a webhook may go: http(s) only, and in production never to a private, loopback or link-local address.

The address is checked when an endpoint is saved (a literal IP or `localhost`) and again at every attempt,
after resolving the name; the connection is then made to the address that was checked, so a name that
resolves elsewhere a moment later (DNS rebinding) cannot slip past. Redirects are not followed.
"""

import http.client
import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# A receiver's answer is read up to this size (only its status matters; the rest is a hint in the log).
MAX_ANSWER_BYTES = 2000


class Refused(Exception):
    """The destination is not allowed; the delivery is given up (trying again would not change that)."""


def private_allowed():
    return settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES


def _is_public(address):
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def validate_url(url):
    """The model field's validator: scheme, host, no credentials, no private literal address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(_("Enter an http or https address."), code="scheme")
    if parts.username or parts.password:
        raise ValidationError(_("Put no user name or password in the address: the signature proves the sender."))
    if private_allowed():
        return
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        raise ValidationError(_("Addresses on this server or a private network are not allowed."), code="private")
    try:
        public = _is_public(host)
    except ValueError:  # a name: resolved and checked at each attempt
        return
    if not public:
        raise ValidationError(_("Addresses on this server or a private network are not allowed."), code="private")


def resolve(url):
    """The address to connect to, or Refused when the URL is not allowed or its name resolves to a private address."""
    try:
        validate_url(url)
    except ValidationError as error:
        raise Refused(" ".join(error.messages)) from None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ConnectionError(f"cannot resolve {parts.hostname}: {error}") from None
    addresses = [info[4][0] for info in infos]
    if not private_allowed():
        refused = [address for address in addresses if not _is_public(address)]
        if refused:
            raise Refused(
                _("%(host)s resolves to a private address (%(address)s).")
                % {
                    "host": parts.hostname,
                    "address": refused[0],
                }
            )
    return addresses[0], port


def post(url, body, headers, timeout):
    """POSTs `body` (bytes) to `url` on the checked address; returns (status code, start of the answer)."""
    address, port = resolve(url)
    parts = urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.hostname, port, timeout=timeout)

    # http.client opens its socket through this attribute; TLS still checks the certificate for the name.
    def connect_to_checked_address(_address, *args, **kwargs):
        return socket.create_connection((address, port), *args, **kwargs)

    connection._create_connection = connect_to_checked_address
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(MAX_ANSWER_BYTES).decode("utf-8", "replace")
    finally:
        connection.close()
