"""Coded values of the noticeboard, shared by its models and its filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", pgettext_lazy("notice status", "Published")
    REJECTED = "rejected", pgettext_lazy("notice status", "Rejected")


class Kind(models.TextChoices):
    DEMAND = "demand", _("An investor is looking for")
    SITE = "site", _("Site on offer")
    PARTNERSHIP = "partnership", _("Partnership sought")


class Offerer(models.TextChoices):
    COMPANY = "company", _("A Lombard company")
    UNIVERSITY = "university", _("A university or research centre")
    MUNICIPALITY = "municipality", _("A municipality")
