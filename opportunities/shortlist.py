"""A visitor's shortlist of sites, kept in the session (no account).

Sites are remembered by translation_key, so the shortlist follows the visitor from /en/ to /it/.
"""

from opportunities.models import OpportunityPage

SESSION_KEY = "opportunities.shortlist"
MAX_SITES = 30
MAX_COMPARED = 4
MAX_ID = 2**63 - 1  # the largest primary key a database stores; a larger number names no site


def site_id(text):
    """The page id posted by a shortlist button, or None for anything that cannot be one
    (negative, not ASCII digits — "²" is a digit to str.isdigit —, or beyond the database's range)."""
    text = str(text or "").strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def keys(request):
    return list(request.session.get(SESSION_KEY) or [])


def add(request, page):
    current = keys(request)
    key = str(page.translation_key)
    if key not in current and len(current) < MAX_SITES:
        request.session[SESSION_KEY] = [*current, key]


def remove(request, page):
    key = str(page.translation_key)
    request.session[SESSION_KEY] = [k for k in keys(request) if k != key]


def public_sites(locale):
    return OpportunityPage.objects.live().public().filter(owner_consent=True, locale=locale)


def pages(request, locale):
    """The shortlisted sites still public, in this locale, in the order they were added."""
    order = keys(request)
    found = {str(p.translation_key): p for p in public_sites(locale).filter(translation_key__in=order)}
    return [found[key] for key in order if key in found]
