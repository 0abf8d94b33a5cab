"""The visitor's shortlist sent to the investment team as one enquiry: one lead tied to every site.

The catalogue page (opportunities/, below leads/) routes `shortlist/send/` here and shows the blank
form through settings.OPPORTUNITIES_SHORTLIST_ENQUIRY, so the catalogue never imports leads.
"""

from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from leads import services
from leads.forms import EnquiryForm
from leads.models import Lead
from leads.views import too_many_requests
from opportunities import shortlist
from opportunities.shortlist_views import shortlist_page, shortlist_url


class ShortlistEnquiry:
    """What the shortlist page asks of its enquiry: the form to show and what a POST of it does."""

    @staticmethod
    def blank_form():
        return EnquiryForm()

    @staticmethod
    @never_cache
    def send(request, page):
        if request.method != "POST":
            return redirect(shortlist_url(request, page))
        sites = shortlist.pages(request, Locale.get_active())
        if not sites:
            return redirect(shortlist_url(request, page))
        if services.ip_over_limit(request):
            return too_many_requests(request, page)
        form = EnquiryForm(request.POST)
        if not form.is_valid():
            return shortlist_page(request, page, form=form)
        if services.email_over_limit(request, form.cleaned_data["email"]):
            return too_many_requests(request, page)
        lead, created = services.save_lead(request, form, Lead.Kind.SHORTLIST, page)
        lead.shortlisted_opportunities.add(*sites)
        if created:
            services.notify_staff(lead)
        return redirect(shortlist_url(request, page) + "?sent=1")
