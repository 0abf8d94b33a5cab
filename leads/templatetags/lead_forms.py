from django import template

from home.privacy import privacy_url
from leads.forms import EnquiryForm

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
