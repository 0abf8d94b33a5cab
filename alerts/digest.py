"""The daily digest: for each confirmed saved search, the matching sites published or changed since
it was confirmed and not yet sent in that version; one e-mail per search, at most once a day.

The search runs through the catalogue's own code (its filter form, the brief, the configured engine),
so an alert finds what the catalogue page shows for the same address.
"""

from datetime import timedelta

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation

from alerts import notify
from alerts.models import SavedSearch, SentSite
from home.public_urls import absolute_url
from opportunities.brief_form import BriefForm
from opportunities.catalogue_engines import search as catalogue_search
from opportunities.catalogue_page import build_query
from opportunities.forms import CatalogueFilterForm
from opportunities.models import OpportunityPage

# "At most daily", with room for the scheduler starting a few minutes late or early.
MIN_INTERVAL = timedelta(hours=23)
MAX_SITES = 20


def matching_ids(saved):
    params = QueryDict(saved.query)
    form = CatalogueFilterForm(params)
    form.is_valid()
    brief = BriefForm(params if BriefForm.is_stated(params) else None).brief()
    query = build_query(form.cleaned_data, saved.catalogue.specific, page_size=1, with_points=True, brief=brief)
    return [point.page_id for point in catalogue_search(query).points or []]


def new_sites(saved):
    """Matching sites (in result order) published or changed since confirmation, in a version not yet sent."""
    ids = matching_ids(saved)
    pages = OpportunityPage.objects.filter(pk__in=ids, last_published_at__gt=saved.confirmed_at)
    sent = set(saved.sent.values_list("page_id", "version"))
    fresh = {page.pk: page for page in pages if (page.pk, page.last_published_at) not in sent}
    return [fresh[pk] for pk in ids if pk in fresh]


def run(now=None):
    """Sends every digest due; returns how many were sent."""
    now = now or timezone.now()
    due = SavedSearch.objects.filter(status=SavedSearch.Status.CONFIRMED).select_related("catalogue")
    sent = 0
    for saved in due:
        if saved.last_sent_at and saved.last_sent_at > now - MIN_INTERVAL:
            continue
        with translation.override(saved.language):
            sites = new_sites(saved)[:MAX_SITES]
            listed = [(s.title, s.municipality, absolute_url(s.get_url())) for s in sites]
        if not sites:
            continue
        with transaction.atomic():
            notify.send_digest(saved, listed)
            SentSite.objects.bulk_create(
                [SentSite(search=saved, page_id=s.pk, version=s.last_published_at) for s in sites],
                ignore_conflicts=True,
            )
            saved.last_sent_at = now
            saved.save(update_fields=["last_sent_at"])
        sent += 1
    return sent
