"""The accessibility statement, in the form of AgID's model (Linee guida sull'accessibilità, 2020).

Italian public bodies publish it for each website (Law 4/2004, art. 3-quater) and review it every
year; its sections are fields here so editors fill in the model rather than remember it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField

from home.models import BasePage

# AgID's form for reports on a website's accessibility, where the Digital Ombudsman takes them.
AGID_REPORT_FORM = "https://form.agid.gov.it/"


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", _("compliant")
    PARTIALLY = "partially", _("partially compliant")
    NOT_COMPLIANT = "not_compliant", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("a self-assessment by the body that runs the site")
    THIRD_PARTY = "third_party", _("an assessment by a third party")


REASONS = [
    ("non_compliance", _("Non-compliance with Law 4/2004")),
    ("disproportionate_burden", _("Disproportionate burden")),
    ("out_of_scope", _("Outside the scope of the law")),
]


class InaccessibleContentValue(blocks.StructValue):
    def reason_label(self):
        return dict(REASONS).get(self.get("reason"), "")


class InaccessibleContentBlock(blocks.StructBlock):
    """One item of the model's "Non-accessible content", with the reason the law allows."""

    reason = blocks.ChoiceBlock(choices=REASONS, label=_("Reason"))
    content = blocks.TextBlock(label=_("Content and what is not accessible"))
    alternative = blocks.TextBlock(required=False, label=_("Accessible alternative, or when it will be fixed"))

    class Meta:
        icon = "warning"
        label = _("Non-accessible content")
        description = _("Content that does not meet the requirements, why, and its accessible alternative.")
        preview_value = {
            "reason": "non_compliance",
            "content": "Scanned PDF documents uploaded by site owners",
            "alternative": "An accessible version is sent on request within 30 days.",
        }
        template = "accessibility/inaccessible_content_block.html"
        value_class = InaccessibleContentValue


class AccessibilityStatementPage(BasePage):
    organisation = models.CharField(_("Body that runs the site"), max_length=200)
    compliance_status = models.CharField(
        _("Compliance status"), max_length=20, choices=ComplianceStatus.choices, default=ComplianceStatus.PARTIALLY
    )
    standard = models.CharField(
        _("Requirements assessed against"),
        max_length=200,
        default="UNI CEI EN 301549 (WCAG 2.1 AA)",
        help_text=_("The model refers to annex A of UNI CEI EN 301549, which includes WCAG 2.1 level AA."),
    )
    inaccessible_content = StreamField(
        [("item", InaccessibleContentBlock())], blank=True, verbose_name=_("Non-accessible content")
    )
    prepared_on = models.DateField(_("Statement first prepared on"))
    last_reviewed_on = models.DateField(
        _("Last reviewed on"), help_text=_("AgID asks for a review at least once a year, by 23 September.")
    )
    assessment_method = models.CharField(
        _("How compliance was assessed"), max_length=20, choices=AssessmentMethod.choices, default=AssessmentMethod.SELF
    )
    assessment_notes = RichTextField(_("Assessment details"), blank=True, features=["bold", "italic", "link", "ul"])
    feedback_email = models.EmailField(_("Address for accessibility reports"))
    feedback_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Page with the feedback form"),
    )
    answer_days = models.PositiveSmallIntegerField(
        _("Days within which reports are answered"), default=30, help_text=_("The law sets 30 days.")
    )
    site_published_on = models.DateField(_("Site first published on"), null=True, blank=True)
    site_information = RichTextField(
        _("Information on the site"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Usability tests, content management system, other information the model asks for."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("standard"), FieldPanel("inaccessible_content")],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("last_reviewed_on"),
                FieldPanel("assessment_method"),
                FieldPanel("assessment_notes"),
            ],
            heading=_("How this statement was prepared"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_page"), FieldPanel("answer_days")],
            heading=_("Feedback and contact"),
        ),
        MultiFieldPanel([FieldPanel("site_published_on"), FieldPanel("site_information")], heading=_("The site")),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("organisation"),
        APIField("compliance_status"),
        APIField("standard"),
        APIField("inaccessible_content"),
        APIField("prepared_on"),
        APIField("last_reviewed_on"),
        APIField("assessment_method"),
        APIField("feedback_email"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One statement per site and language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Accessibility statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["agid_report_form"] = AGID_REPORT_FORM
        return context
