"""Coded values of an opportunity: stored as codes, shown in the visitor's language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.demo.facts import facts


class Kind(models.TextChoices):
    AREA = "area", _("Area")
    BUILDING = "building", _("Building")
    PROJECT = "project", _("Investment project")


class Category(models.TextChoices):
    GREENFIELD = "greenfield", _("Greenfield")
    BROWNFIELD = "brownfield", _("Brownfield")
    REGENERATION = "regeneration", _("Urban regeneration")
    DISUSED = "disused", _("Inactive or disused")


class PermittedUse(models.TextChoices):
    INDUSTRIAL = "industrial", _("Industrial production")
    LOGISTICS = "logistics", _("Logistics and warehousing")
    OFFICES = "offices", _("Offices and services")
    RESEARCH = "research", _("Research and laboratories")
    DATACENTRE = "datacentre", _("Data centre")
    COMMERCIAL = "commercial", _("Commercial")
    HOSPITALITY = "hospitality", _("Hospitality and tourism")
    AGRICULTURAL = "agricultural", _("Agricultural")


class PlanningStatus(models.TextChoices):
    COMPLIANT = "compliant", _("Planning permits the uses listed")
    VARIANCE = "variance", _("Planning variance needed")
    IN_PROGRESS = "in_progress", _("Planning procedure under way")


class EnvironmentalStatus(models.TextChoices):
    CLEAN = "clean", _("Not contaminated")
    CHARACTERISATION = "characterisation", _("Being characterised")
    REMEDIATED = "remediated", _("Remediated")


class Ownership(models.TextChoices):
    PUBLIC = "public", _("Public")
    PRIVATE = "private", _("Private")


class Tenure(models.TextChoices):
    SALE = "sale", _("For sale")
    LEASE = "lease", _("For lease")
    EITHER = "either", _("For sale or lease")
    CONCESSION = "concession", _("Concession")


class Province(models.TextChoices):
    """The 12 provinces of data/lombardy-facts.yaml (a test keeps the two in step)."""

    BG = "BG", _("Bergamo")
    BS = "BS", _("Brescia")
    CO = "CO", _("Como")
    CR = "CR", _("Cremona")
    LC = "LC", _("Lecco")
    LO = "LO", _("Lodi")
    MN = "MN", _("Mantua")
    MI = "MI", _("Milan")
    MB = "MB", _("Monza and Brianza")
    PV = "PV", _("Pavia")
    SO = "SO", _("Sondrio")
    VA = "VA", _("Varese")


def zls_municipalities():
    """(name, province) of the ZLS municipalities, and whether each is in the state-aid map."""
    return {(m["name"], m["province"]): m["in_aid_map"] for m in facts()["special_zones"]["zls"]["municipalities"]}
