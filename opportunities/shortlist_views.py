"""The shortlist's routes under the catalogue page: add/remove (POST, no JS needed), list, compare, send."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from home.privacy import privacy_url
from leads import services as lead_services
from leads.forms import EnquiryForm
from leads.models import Lead
from leads.views import too_many_requests
from opportunities import shortlist


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


def change(request, page, action):
    if request.method != "POST":
        return redirect(shortlist_url(request, page))
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
        "form": form or EnquiryForm(),
        "sent": request.GET.get("sent") == "1",
        "privacy_url": privacy_url(request),
        "max_compared": shortlist.MAX_COMPARED,
        "compare_error": None,
        "shortlist_index": page,
        "shortlist_ids": {str(site.pk) for site in sites},
    }
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


@never_cache
def send(request, page):
    """The whole shortlist as one enquiry: one lead tied to every shortlisted site."""
    if request.method != "POST":
        return redirect(shortlist_url(request, page))
    sites = shortlist.pages(request, Locale.get_active())
    if not sites:
        return redirect(shortlist_url(request, page))
    if lead_services.ip_over_limit(request):
        return too_many_requests(request, page)
    form = EnquiryForm(request.POST)
    if not form.is_valid():
        return shortlist_page(request, page, form=form)
    if lead_services.email_over_limit(request, form.cleaned_data["email"]):
        return too_many_requests(request, page)
    lead, created = lead_services.save_lead(request, form, Lead.Kind.SHORTLIST, page)
    lead.shortlisted_opportunities.add(*sites)
    if created:
        lead_services.notify_staff(lead)
    return redirect(shortlist_url(request, page) + "?sent=1")
