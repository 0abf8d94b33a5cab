"""The coded facts of an incentive: who provides it, what kind of help it is, and who may claim it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Provider(models.TextChoices):
    EU = "eu", _("European Union")
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Lombardy Region")
    ZLS = "zls", _("ZLS (simplified logistics zone)")


class Instrument(models.TextChoices):
    GRANT = "grant", _("Grant")
    SOFT_LOAN = "soft_loan", _("Soft loan")
    TAX_CREDIT = "tax_credit", _("Tax credit")
    GUARANTEE = "guarantee", _("Guarantee")
    SIMPLIFIED_PROCEDURE = "simplified_procedure", _("Simplified procedure")
    NEGOTIATED_AGREEMENT = "negotiated_agreement", _("Negotiated agreement")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("Micro enterprise")
    SMALL = "small", _("Small enterprise")
    MEDIUM = "medium", _("Medium-sized enterprise")
    LARGE = "large", _("Large enterprise")


class InvestmentType(models.TextChoices):
    NEW_PLANT = "new_plant", _("New plant")
    EXPANSION = "expansion", _("Expansion")
    RND = "rnd", _("Research and development")
    RESHORING = "reshoring", _("Reshoring")
