"""The owners' way in ("Offer a site"), from the home page, the catalogue and every footer.

The Region's call "Opportunity Lombardy" (DGR XII/2879 of 29 July 2024) is open until 30 June 2028
(extended by the strategy, annex A, section 4.2): after that date the entry says it is closed.
"""

import datetime

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from opportunities.models import OpportunityIndexPage

CALL_CLOSES = datetime.date(2028, 6, 30)


def call_open():
    return timezone.localdate() <= CALL_CLOSES


def _entry(context, template):
    return render_to_string(
        template,
        {"portal_url": reverse("owners:dashboard"), "closes": CALL_CLOSES, "open": call_open()},
        request=context.get("request"),
    )


def home_entry(context):
    return _entry(context, "owners/home_entry.html")


def below_the_catalogue(context):
    if not isinstance(context.get("page"), OpportunityIndexPage):
        return ""
    return _entry(context, "owners/catalogue_entry.html")


def footer_link():
    return [(_("Offer a site (for owners)"), reverse("owners:dashboard"))]
