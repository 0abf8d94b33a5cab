"""The shortlist's routes under the catalogue page: add/remove (POST, no JS needed), list and compare.

Sending the shortlist to the investment team is a lead form, which lives in leads/ above the
catalogue: the page reaches it through settings.OPPORTUNITIES_SHORTLIST_ENQUIRY.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from home import rate_limits
from home.privacy import privacy_url
from home.public_urls import absolute_url
from opportunities import shortlist


def enquiry():
    """The shortlist's enquiry: `blank_form()` for this page and `send(request, page)` for its POST."""
    return import_string(settings.OPPORTUNITIES_SHORTLIST_ENQUIRY)


def shortlist_url(request, page):
    return page.get_url(request) + page.reverse_subpage("shortlist")


def _back(request, page):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)
    return redirect(shortlist_url(request, page))


def _posted_site(request):
    site_id = shortlist.site_id(request.POST.get("site"))
    if site_id is None:
        return None
    return shortlist.public_sites(Locale.get_active()).filter(pk=site_id).first()


def too_many_changes(request, page, wait):
    response = TemplateResponse(request, "opportunities/shortlist_too_many_requests.html", {"page": page}, status=429)
    response["Retry-After"] = str(wait)
    return response


def change(request, page, action):
    if request.method != "POST":
        return redirect(shortlist_url(request, page))
    wait = rate_limits.over_limit(
        request, "opportunities:shortlist", settings.OPPORTUNITIES_SHORTLIST_RATE_LIMIT_PER_IP
    )
    if wait:
        return too_many_changes(request, page, wait)
    site = _posted_site(request)
    if site is not None:
        (shortlist.add if action == "add" else shortlist.remove)(request, site)
    return _back(request, page)


@never_cache
def shortlist_page(request, page, form=None, status=200):
    sites = shortlist.pages(request, Locale.get_active())
    context = {
        "page": page,
        "sites": sites,
        "form": form or enquiry().blank_form(),
        "sent": request.GET.get("sent") == "1",
        "privacy_url": privacy_url(request),
        "max_compared": shortlist.MAX_COMPARED,
        "compare_error": None,
        "shortlist_index": page,
        "shortlist_ids": {str(site.pk) for site in sites},
    }
    if sites:
        from opportunities.shortlist_share import max_age, share_url

        # A read-only copy to forward, on the public address; the dossier is the same list as a PDF.
        context["share_url"] = absolute_url(share_url(request, page, [str(site.translation_key) for site in sites]))
        context["share_days"] = max_age() // 86400
        context["dossier_url"] = page.get_url(request) + page.reverse_subpage("shortlist_dossier")
    return TemplateResponse(request, "opportunities/shortlist.html", context, status=status)


@never_cache
def compare(request, page):
    sites = shortlist.pages(request, Locale.get_active())
    chosen = request.GET.getlist("site")
    if chosen:
        sites = [site for site in sites if str(site.pk) in chosen]
    if len(sites) > shortlist.MAX_COMPARED:
        response = shortlist_page(request, page, status=400)
        response.context_data["compare_error"] = _(
            "You can compare at most %(max)s sites at a time: choose %(max)s or fewer."
        ) % {"max": shortlist.MAX_COMPARED}
        return response
    return TemplateResponse(request, "opportunities/compare.html", {"page": page, "sites": sites})


def send(request, page):
    """The route of `shortlist/send/`, answered by the leads' enquiry."""
    return enquiry().send(request, page)
