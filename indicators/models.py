"""Indicators as data: what is measured (Indicator, per language) and each sourced, dated value of it."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.content_version import kept
from indicators.territory_codes import TERRITORIES


class CostItem(models.TextChoices):
    """What an investor budgets for, in the order the cost-of-doing-business page lists them."""

    LABOUR = "labour", _("Labour cost and wages")
    LAND = "land", _("Industrial land prices")
    RENT = "rent", _("Industrial and logistics rents")
    ENERGY = "energy", _("Energy for industry")
    TAX = "tax", _("Corporate taxes")
    CONTRIBUTIONS = "contributions", _("Social contributions")


class Indicator(TranslatableMixin, models.Model):
    """What is measured, in one language; `key` is the same in every language and in import files."""

    class Category(models.TextChoices):
        PEOPLE = "people", _("People and skills")
        ECONOMY = "economy", _("Economy")
        COSTS = "costs", _("Costs")
        CONNECTIVITY = "connectivity", _("Connectivity")
        INNOVATION = "innovation", _("Innovation")

    key = models.SlugField(
        max_length=60, verbose_name=_("Key"), help_text=_("Same in every language; the indicator column of CSV files.")
    )
    name = models.CharField(max_length=160, verbose_name=_("Name"))
    description = models.TextField(blank=True, max_length=800, verbose_name=_("Description"))
    unit = models.CharField(max_length=80, blank=True, verbose_name=_("Unit"))
    category = models.CharField(max_length=20, choices=Category.choices, verbose_name=_("Category"))
    higher_is_better = models.BooleanField(
        default=True,
        verbose_name=_("Higher is better"),
        help_text=_("Untick when a lower value is better for an investor (unemployment, rents, wages as a cost)."),
    )
    decimals = models.PositiveSmallIntegerField(default=0, verbose_name=_("Decimals shown"))
    cost_item = models.CharField(
        max_length=20,
        choices=CostItem.choices,
        blank=True,
        verbose_name=_("Cost of doing business"),
        help_text=_("The cost this indicator measures, if any: it is then shown on the cost-of-doing-business page."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("Order"))

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("decimals")]),
        FieldRowPanel([FieldPanel("category"), FieldPanel("higher_is_better")]),
        FieldPanel("cost_item"),
        FieldPanel("sort_order"),
    ]
    # The key is the same in every language (import files name it): wagtail-localize copies it.
    override_translatable_fields = [SynchronizedField("key")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("Indicator")
        verbose_name_plural = _("Indicators")
        constraints = [models.UniqueConstraint(fields=["key", "locale"], name="indicator_key_per_locale")]

    def __str__(self):
        return self.name


def default_locale_indicators():
    """Values hang on the default language's indicator; translations only rename it."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class IndicatorValue(models.Model):
    """One figure: an indicator, for one territory and year, with where it was read."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="values",
        limit_choices_to=default_locale_indicators,
        verbose_name=_("Indicator"),
    )
    territory = models.CharField(max_length=10, choices=TERRITORIES, verbose_name=_("Territory"))
    year = models.PositiveSmallIntegerField(validators=[MinValueValidator(1900)], verbose_name=_("Year"))
    date = models.DateField(
        null=True, blank=True, verbose_name=_("Reference date"), help_text=_("When the source gives a day.")
    )
    value = models.DecimalField(max_digits=20, decimal_places=4, verbose_name=_("Value"))
    source = models.CharField(max_length=400, verbose_name=_("Source"), help_text=_("The publisher, as stated."))
    dataset = models.CharField(max_length=300, blank=True, verbose_name=_("Dataset"))
    url = models.URLField(max_length=500, blank=True, verbose_name=_("Address where it was read"))
    note = models.TextField(blank=True, max_length=1000, verbose_name=_("Note"))
    approximate = models.BooleanField(default=False, verbose_name=_("Approximate"))
    illustrative = models.BooleanField(
        default=False, verbose_name=_("Illustrative"), help_text=_("A placeholder, not a verified figure.")
    )

    panels = [
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("territory")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("date"), FieldPanel("value")]),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("dataset"), FieldPanel("url")], heading=_("Source")),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("approximate"), FieldPanel("illustrative")]),
    ]

    class Meta:
        ordering = ["indicator__sort_order", "territory", "-year"]
        verbose_name = _("Indicator value")
        verbose_name_plural = _("Indicator values")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "territory", "year"], name="one_value_per_territory_year")
        ]

    def __str__(self):
        return f"{self.indicator} · {self.territory} · {self.year}"

    @property
    def is_outdated(self):
        return self.year < oldest_current_year()


def oldest_current_year(today=None):
    """Values of an earlier year than this are older figures (INDICATORS_MAX_AGE_YEARS)."""
    today = today or timezone.localdate()
    return today.year - settings.INDICATORS_MAX_AGE_YEARS


def outdated_values():
    return IndicatorValue.objects.filter(year__lt=oldest_current_year()).select_related("indicator")


def indicators_in(locale):
    """{key: indicator} in locale, the default language's where a translation is missing.

    Kept with the shared fragments (home/content_version.py; saving or deleting an indicator retires
    it: indicators/apps.py): territory cards, function pages and the costs page all read it."""
    default = Locale.get_default()
    wanted = sorted({default.pk} | ({locale.pk} if locale is not None else set()))
    return kept(f"indicators-in:{locale.pk if locale else ''}:{default.pk}", lambda: _indicators_in(default, wanted))


def _indicators_in(default, wanted):
    found, translated = {}, {}
    # Both languages in one query; the visitor's wins.
    for indicator in Indicator.objects.filter(locale_id__in=wanted):
        (found if indicator.locale_id == default.pk else translated)[indicator.key] = indicator
    found.update(translated)
    return found


# Wagtail finds page types in an app's models module; the page lives beside the blocks and figures it shows.
from indicators.cost_page import CostOfDoingBusinessPage  # noqa: E402, F401
