"""Template filters for figures as the visitor's language writes them (home/formatting.py).

{% load numbers %}
{{ page.asking_price_eur|euro }}       €7,500,000 / 7.500.000 €
{{ page.site_area_m2|square_metres }}  40,000 m² / 40.000 m²
{{ value|number:"-2" }}                 12,345.67 / 12.345,67 (at most 2 decimals)
{{ share|percent }}                     44.6% / 44,6%
{{ page.last_verified|local_date }}     1 October 2026 / 1 ottobre 2026
"""

from django import template

from home import formatting

register = template.Library()


@register.filter
def number(value, decimals=0):
    return formatting.number(value, decimals)


@register.filter
def euro(value, decimals=0):
    return formatting.euro(value, decimals)


@register.filter
def square_metres(value, decimals=0):
    return formatting.square_metres(value, decimals)


@register.filter
def percent(value, decimals=-1):
    return formatting.percent(value, decimals)


@register.filter
def local_date(value, format_name="DATE_FORMAT"):
    return formatting.date(value, format_name)
