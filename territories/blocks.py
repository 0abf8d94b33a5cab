"""Blocks of the territory ID cards: key figures with source and year, infrastructure, municipalities."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# The provinces by sigla: one list, shared with the indicators the cards show (a layer below).
from indicators.territory_codes import PROVINCES


class TerritoryFigureBlock(blocks.StructBlock):
    """One row of a territory's figures: every figure carries its source and year."""

    label = blocks.CharBlock(max_length=120, label=_("What it measures"))
    value = blocks.FloatBlock(label=_("Value"))
    unit = blocks.CharBlock(
        required=False, max_length=40, label=_("Unit"), help_text=_("For example: residents, ha, %")
    )
    source = blocks.CharBlock(max_length=250, label=_("Source"))
    year = blocks.CharBlock(max_length=20, label=_("Year or period"))
    illustrative = blocks.BooleanBlock(
        required=False,
        label=_("Illustrative value"),
        help_text=_("Tick when the value is a placeholder and not yet verified: the page says so."),
    )
    in_chart = blocks.BooleanBlock(
        required=False,
        label=_("Show in the chart"),
        help_text=_("Figures in the chart are drawn against each other: tick only figures with the same unit."),
    )

    class Meta:
        icon = "order"
        label = _("Figure")
        description = _("A figure of the territory with its unit, source and year.")
        preview_value = {
            "label": "Residents (illustrative)",
            "value": 1000000,
            "unit": "residents",
            "source": "Illustrative figure for the preview",
            "year": "2024",
            "illustrative": True,
            "in_chart": False,
        }


INFRASTRUCTURE_KINDS = [
    ("airport", _("Airport")),
    ("motorway", _("Motorway")),
    ("rail", _("Railway")),
    ("intermodal", _("Intermodal terminal")),
    ("port", _("Port")),
    ("other", _("Other")),
]


class InfrastructureBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=INFRASTRUCTURE_KINDS, label=_("Kind"))
    name = blocks.CharBlock(max_length=160, label=_("Name"))
    detail = blocks.CharBlock(required=False, max_length=300, label=_("Detail"))

    class Meta:
        icon = "site"
        label = _("Infrastructure")
        description = _("An airport, motorway, railway, terminal or port serving the territory.")
        preview_value = {"kind": "airport", "name": "Milano Malpensa", "detail": "Intercontinental airport"}


class MunicipalityBlock(blocks.StructBlock):
    """A municipality of a special zone, and whether it lies inside the regional state-aid map."""

    name = blocks.CharBlock(max_length=120, label=_("Municipality"))
    province = blocks.ChoiceBlock(choices=PROVINCES, label=_("Province"))
    in_aid_map = blocks.BooleanBlock(
        required=False,
        label=_("Inside the state-aid map"),
        help_text=_("Inside the 2022-2027 regional state-aid map (art. 107(3)(c) TFEU): the tax credit applies."),
    )

    class Meta:
        icon = "home"
        label = _("Municipality")
        description = _("A municipality of the special zone and whether the state-aid map covers it.")
        preview_value = {"name": "Cremona", "province": "CR", "in_aid_map": False}
