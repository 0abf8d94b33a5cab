"""'Find a site' on the home page: province, size and use, sent to the catalogue as its own filters.

A plain GET form, so it works without JavaScript; blank choices are ignored by the catalogue's
filter form (forms.choice_set), so "any province" sends nothing to filter on.
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from home.formatting import square_metres
from opportunities.choices import PermittedUse
from opportunities.forms import CatalogueFilterForm
from opportunities.opendata import catalogue_page

# Smallest site areas a visitor can ask for, in m²: the steps site selectors usually brief in.
SIZES = (1_000, 5_000, 10_000, 50_000, 100_000)


def find_a_site(context):
    catalogue = catalogue_page(get_language())
    if catalogue is None:
        return ""
    return render_to_string(
        "opportunities/home_entry.html",
        {
            "catalogue": catalogue,
            "provinces": CatalogueFilterForm.base_fields["province"].choices,
            "sizes": [(size, square_metres(size)) for size in SIZES],
            "uses": PermittedUse.choices,
        },
        request=context.get("request"),
    )
