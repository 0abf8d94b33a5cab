"""JSON-LD for search engines: data built in Python, serialised and escaped so it cannot end the script."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The same escapes as django.utils.html.json_script: inside <script>, "</script>" or "<!--" in a
# value would otherwise end or change the element.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def dumps_json_ld(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> element for the given dict; nothing when it is empty."""
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps_json_ld(data)))  # noqa: S308


def organization(site_name, home_url, contact):
    """schema.org Organization for the agency, from the site's contact settings."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": contact.organisation or site_name,
        "url": home_url,
    }
    if contact.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": " ".join(contact.address.split())}
    point = {"@type": "ContactPoint", "contactType": "customer service", "availableLanguage": ["en", "it"]}
    if contact.email:
        point["email"] = contact.email
    if contact.phone:
        point["telephone"] = contact.phone
    if contact.email or contact.phone:
        data["contactPoint"] = point
    same_as = [url for url in (contact.linkedin_url, contact.x_url, contact.youtube_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The agency as an Organization, for the home page."""
    from wagtail.models import Site

    from home.models import ContactSettings

    request, page = context["request"], context["page"]
    # Both are cached on the request, which the header and footer also read.
    site, contact = Site.find_for_request(request), ContactSettings.for_request(request)
    return json_ld(organization(site.site_name if site else "", page.get_full_url(request), contact))
