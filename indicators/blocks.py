"""The cost-of-doing-business table as a block editors place on the cost page (indicators/models.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from indicators.costs import cost_items
from indicators.territory_codes import PROVINCES


class CostOfDoingBusinessBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    territory = blocks.ChoiceBlock(
        choices=PROVINCES,
        required=False,
        label=_("Province"),
        help_text=_("Its figures first, beside Lombardy's and Italy's. Empty: Lombardy and Italy only."),
    )

    class Meta:
        icon = "table"
        label = _("Cost of doing business")
        template = "indicators/blocks/cost_of_doing_business.html"
        description = _("Labour, land, rents, energy, taxes and contributions, each with its scope, year and source.")
        preview_value = {"heading": "What it costs to operate here", "territory": "MI"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["cost_items"] = cost_items(value.get("territory") or "", getattr(page, "locale", None))
        return context
