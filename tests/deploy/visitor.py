"""One browser's cookies, carried by hand from server to server, over plain HTTP.

Production marks its cookies Secure; http.cookiejar would keep them off loopback HTTP, and a load
balancer in front of several app servers is exactly what sends one browser's cookies to all of them.
"""
# ruff: noqa: S310 - requests to the loopback app servers

import html
import re
import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from urllib.parse import urlencode


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode(errors="replace")

    def form_value(self, name):
        """The value of the form field `name` in the page, HTML-unescaped."""
        found = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="{name}"', self.text)
        assert found, f"no field {name} in the page:\n{self.text[:3000]}"
        return html.unescape(found.group(1) or found.group(2))


class Visitor:
    def __init__(self):
        self.cookies = {}

    def request(self, url, data=None, **headers):
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers=headers)
        try:
            with _opener.open(request, timeout=30) as answer:
                response = Response(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            response = Response(error.code, error.headers, error.read())
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, url, **headers):
        return self.request(url, **headers)

    def post(self, url, data, **headers):
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self.request(url, data=data, **headers)
