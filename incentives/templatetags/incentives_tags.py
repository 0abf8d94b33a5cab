"""For the catalogue's site pages (opportunities sits above incentives and may use this directly)."""

from django import template

from incentives import matching

register = template.Library()


@register.simple_tag(takes_context=True)
def incentives_for_site(context, site):
    """Incentives for a project on the site: its province, ZLS and ZIS, and whether it is in the state-aid map.

    Sets `incentive_finder` in the context too, for the links of incentives/includes/incentive_links.html.
    """
    codes = [site.province] + (["ZLS"] if site.in_zls else []) + (["ZIS"] if site.in_zis else [])
    context["incentive_finder"] = matching.finder(site.locale_id)
    return matching.for_site(codes, site.in_state_aid_area, site.locale_id)
