"""The territories an indicator value can describe, by code: the codes territory cards already use.

Provinces by their sigla (TerritoryPage.province_code), the two special zones by their kind, and the
two references every card compares against. Kept here, below territories/, so values need no page.
"""

from django.utils.translation import gettext_lazy as _

PROVINCES = [
    ("BG", "Bergamo"),
    ("BS", "Brescia"),
    ("CO", "Como"),
    ("CR", "Cremona"),
    ("LC", "Lecco"),
    ("LO", "Lodi"),
    ("MN", _("Mantua")),
    ("MI", _("Milan")),
    ("MB", _("Monza and Brianza")),
    ("PV", "Pavia"),
    ("SO", "Sondrio"),
    ("VA", "Varese"),
]
ZONES = [("ZLS", _("ZLS Lombardy")), ("ZIS", _("Innovation and development zones (ZIS)"))]
LOMBARDY, ITALY = "LOM", "IT"
REFERENCES = [(LOMBARDY, _("Lombardy")), (ITALY, _("Italy"))]

TERRITORIES = [*PROVINCES, *ZONES, *REFERENCES]
PROVINCE_CODES = [code for code, _name in PROVINCES]
# What a visitor may compare: the places a card exists for.
COMPARABLE = [*PROVINCES, *ZONES]


def territory_name(code):
    return str(dict(TERRITORIES).get(code, code))
