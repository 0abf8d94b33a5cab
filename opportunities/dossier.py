"""The shortlist as a dossier a visitor can hand to a board: one PDF in the visitor's language.

A cover, then for each site its facts, a locator map, the distances, the key indicators of its
province and the incentives that may apply, and whom to contact. The map is the inline SVG of
opportunities.locator_map in its detailed style, so the PDF needs no tile server and fetches nothing.
Printed with home.pdf from the template opportunities/dossier/print.html, which reuses the site
page's own includes.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from home.pdf import render_pdf
from incentives import matching
from indicators.figures import territory_card
from opportunities.locator_map import DOSSIER, locator_svg
from territories.geography import CREDIT

PRINT_TEMPLATE = "opportunities/dossier/print.html"


def map_label(site):
    return _("Where %(site)s is: %(municipality)s, province of %(province)s") % {
        "site": site.title,
        "municipality": site.municipality,
        "province": site.get_province_display(),
    }


def site_sections(sites, locale):
    """For each site: what its page of the dossier shows beside the site's own fields."""
    sections = []
    for site in sites:
        codes = [site.province] + (["ZLS"] if site.in_zls else []) + (["ZIS"] if site.in_zis else [])
        sections.append(
            {
                "site": site,
                "map": locator_svg(site, DOSSIER, map_label(site)),
                "indicator_groups": territory_card(site.province, locale),
                "incentives": matching.for_site(codes, site.in_state_aid_area, site.locale_id),
            }
        )
    return sections


def dossier_pdf(request, catalogue, sites, shared=False):
    from wagtail.models import Locale

    locale = Locale.get_active()
    context = {
        "page": catalogue,
        "sections": site_sections(sites, locale),
        "printed_at": timezone.now(),
        "map_credit": CREDIT,
        "shared": shared,
        "incentive_finder": matching.finder(locale.pk),
    }
    html = render_to_string(PRINT_TEMPLATE, context, request=request)
    return render_pdf(html, base_url=request.build_absolute_uri("/"))


def pdf_response(data, filename):
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
