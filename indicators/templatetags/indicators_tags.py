from django import template

from home.formatting import number

register = template.Library()


@register.filter
def figure(value, indicator):
    """An indicator value's number with the indicator's decimals and the locale's grouping."""
    return number(value.value, indicator.decimals)
