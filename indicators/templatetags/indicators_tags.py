from django import template
from django.template.defaultfilters import floatformat

register = template.Library()


@register.filter
def figure(value, indicator):
    """An indicator value's number with the indicator's decimals and the locale's grouping."""
    return floatformat(value.value, f"{indicator.decimals}g")
