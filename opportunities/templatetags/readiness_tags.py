"""{% readiness_label site %}: a site's readiness level in words, with the editors' level names."""

from django import template
from django.template.loader import render_to_string

from opportunities.models import ReadinessSettings
from opportunities.readiness import MAX_LEVEL

register = template.Library()


@register.simple_tag(takes_context=True)
def readiness_label(context, site):
    level = site.readiness_level
    names = ReadinessSettings.names_for_request(context["request"])
    return render_to_string(
        "opportunities/includes/readiness_label.html", {"level": level, "max_level": MAX_LEVEL, "name": names[level]}
    )
