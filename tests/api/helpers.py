"""What an API client sends: JSON bodies built from the form descriptions the API hands out."""

import json

from opportunities.models import OpportunityPage
from sectors.models import Country, SectorPage
from tests.leads.helpers import started


def post_json(client, url, data, **headers):
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def a_sector(lang="en"):
    """The first sector of the language that offers a booklet."""
    return SectorPage.objects.filter(locale__language_code=lang, booklets__isnull=False).order_by("path").first()


def a_site(lang="en"):
    return (
        OpportunityPage.objects.live().filter(locale__language_code=lang, owner_consent=True).order_by("path").first()
    )


def country_id(lang, english_name="Germany"):
    key = Country.objects.get(locale__language_code="en", name=english_name).translation_key
    return Country.objects.get(locale__language_code=lang, translation_key=key).pk


def profile(lang="en", **overrides):
    data = {
        "name": "Ada Lovelace",
        "email": "ada@analytical.example",
        "company": "Analytical Engines Ltd",
        "role": "Head of expansion",
        "country": country_id(lang),
        "website": "",
        "form_started": started(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def booklet_request(lang="en", **overrides):
    sector = a_sector(lang)
    base = {
        "company_size": "50-249",
        "stage": "shortlisting",
        "sector": sector.pk,
        "consent_download": True,
        "consent_newsletter": False,
    }
    return profile(lang, **{**base, **overrides})


def contact_request(lang="en", **overrides):
    base = {
        "service": "site_search",
        "description": "We look for 20,000 m² near a motorway junction.",
        "timeline": "6-12",
        "consent_contact": True,
    }
    return profile(lang, **{**base, **overrides})


def enquiry_request(lang="en", **overrides):
    base = {"description": "Can we visit in March?", "consent_contact": True}
    return profile(lang, **{**base, **overrides})
