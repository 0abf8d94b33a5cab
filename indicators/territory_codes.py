"""The territories an indicator value can describe, by code: the codes territory cards already use.

Provinces by their sigla (TerritoryPage.province_code), the two special zones by their kind, and the
two references every card compares against. Kept here, below territories/, so values need no page.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Every name is translated, by its context: a province's name is not the region's or a country's,
# and each language has its own exonyms (Milan, Mailand, 米兰; Mantua, Mantoue, マントヴァ).
PROVINCES = [
    ("BG", pgettext_lazy("province", "Bergamo")),
    ("BS", pgettext_lazy("province", "Brescia")),
    ("CO", pgettext_lazy("province", "Como")),
    ("CR", pgettext_lazy("province", "Cremona")),
    ("LC", pgettext_lazy("province", "Lecco")),
    ("LO", pgettext_lazy("province", "Lodi")),
    ("MN", pgettext_lazy("province", "Mantua")),
    ("MI", pgettext_lazy("province", "Milan")),
    ("MB", pgettext_lazy("province", "Monza and Brianza")),
    ("PV", pgettext_lazy("province", "Pavia")),
    ("SO", pgettext_lazy("province", "Sondrio")),
    ("VA", pgettext_lazy("province", "Varese")),
]
ZONES = [("ZLS", _("ZLS Lombardy")), ("ZIS", _("Innovation and development zones (ZIS)"))]
LOMBARDY, ITALY = "LOM", "IT"
REFERENCES = [(LOMBARDY, pgettext_lazy("region", "Lombardy")), (ITALY, pgettext_lazy("country", "Italy"))]

TERRITORIES = [*PROVINCES, *ZONES, *REFERENCES]
PROVINCE_CODES = [code for code, _name in PROVINCES]
# What a visitor may compare: the places a card exists for.
COMPARABLE = [*PROVINCES, *ZONES]


def territory_name(code):
    return str(dict(TERRITORIES).get(code, code))
