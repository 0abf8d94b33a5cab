"""Save a search, confirm it (double opt-in), manage and leave alerts: every step through a signed link."""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from alerts import notify, tokens
from alerts.forms import CONSENT_TEXT, CONSENT_VERSION, AlertForm
from alerts.models import AlertConsent, SavedSearch
from home import rate_limits
from home.i18n import active_language
from leads.views import too_many_requests


def language():
    return active_language()


@never_cache
def subscribe(request):
    if request.method == "POST":
        if rate_limits.over_limit(request, "alerts-subscribe", settings.ALERTS_RATE_LIMIT_PER_IP):
            return too_many_requests(request)
        form = AlertForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                search = SavedSearch.objects.create(
                    email=data["email"], language=language(), query=data["query"], catalogue=data["catalogue"]
                )
                AlertConsent.objects.create(
                    search=search, text_version=CONSENT_VERSION, text=str(CONSENT_TEXT), language=language()
                )
                notify.send_confirmation(search)
            return TemplateResponse(request, "alerts/check_inbox.html", {"email": search.email})
    else:
        form = AlertForm(initial={"query": request.GET.get("query", ""), "catalogue": request.GET.get("catalogue")})
    return TemplateResponse(request, "alerts/subscribe.html", {"form": form})


def _search_for(token, purpose):
    data = tokens.read(token, purpose)
    if data is None:
        return None
    return SavedSearch.objects.filter(pk=data["id"], email=data["email"]).first()


@never_cache
def confirm(request, token):
    """GET shows a button (mail scanners open links); POST confirms."""
    search = _search_for(token, "confirm")
    if search is None or search.status == SavedSearch.Status.UNSUBSCRIBED:
        return TemplateResponse(request, "alerts/link_refused.html", status=400)
    if request.method == "POST" and search.status == SavedSearch.Status.PENDING:
        search.status, search.confirmed_at = SavedSearch.Status.CONFIRMED, timezone.now()
        search.save(update_fields=["status", "confirmed_at"])
    if search.status == SavedSearch.Status.CONFIRMED:
        return redirect("alerts:manage", token=tokens.make(search, "manage"))
    return TemplateResponse(request, "alerts/confirm.html", {"search": search})


@never_cache
def unsubscribe(request, token):
    search = _search_for(token, "unsubscribe")
    if search is None:
        return TemplateResponse(request, "alerts/link_refused.html", status=400)
    if request.method == "POST" and search.status != SavedSearch.Status.UNSUBSCRIBED:
        search.status, search.unsubscribed_at = SavedSearch.Status.UNSUBSCRIBED, timezone.now()
        search.save(update_fields=["status", "unsubscribed_at"])
    return TemplateResponse(request, "alerts/unsubscribe.html", {"search": search})


@never_cache
def manage(request, token):
    data = tokens.read(token, "manage")
    if data is None:
        return TemplateResponse(request, "alerts/link_refused.html", status=400)
    get_object_or_404(SavedSearch, pk=data["id"], email=data["email"])
    searches = SavedSearch.objects.filter(email=data["email"]).exclude(status=SavedSearch.Status.UNSUBSCRIBED)
    rows = [(search, tokens.make(search, "unsubscribe")) for search in searches.select_related("catalogue")]
    if not rows and not SavedSearch.objects.filter(email=data["email"]).exists():
        raise Http404
    return TemplateResponse(request, "alerts/manage.html", {"rows": rows, "email": data["email"]})
