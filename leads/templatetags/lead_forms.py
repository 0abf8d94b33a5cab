from django import template

from leads.forms import EnquiryForm
from leads.views import privacy_url

register = template.Library()


@register.inclusion_tag("leads/includes/enquiry_form.html", takes_context=True)
def enquiry_form(context, page):
    """The enquiry form of an opportunity page, or its thank-you once sent."""
    request = context["request"]
    return {
        "page": page,
        "form": EnquiryForm(),
        "sent": request.GET.get("enquiry") == "sent",
        "privacy_url": privacy_url(request),
    }
