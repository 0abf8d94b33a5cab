"""StreamField blocks shared by every page type.

Each block has its own template under home/templates/blocks/, an icon and a preview so that
editors recognise it in the block picker.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]
# Previews in the block picker show sample content; any figure in them says it is illustrative.


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=250, label=_("Credit"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_with_caption_block.html"
        description = _("An image with an optional caption and photo credit.")
        # No image in the preview: the project ships none that every site has.
        preview_value = {"caption": "Piazza Città di Lombardia, Milan", "credit": "Photo: Invest in Lombardy"}

    def get_api_representation(self, value, context=None):
        """For the API: the image as a resized copy a client can show, not only its id."""
        data = super().get_api_representation(value, context)
        image = value.get("image")
        if image is not None:
            rendition = image.get_rendition("max-1200x900")
            alt = getattr(image, "contextual_alt_text", None) or image.default_alt_text
            data["rendition"] = {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt}
        return data


QUOTE_PREVIEW = {
    "text": "Lombardy gave us access to talent and suppliers within a day's drive.",
    "attribution": "Jane Doe (illustrative quote)",
    "role": "CEO, Example GmbH",
}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Who said it"))
    role = blocks.CharBlock(required=False, max_length=200, label=_("Role and organisation"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = QUOTE_PREVIEW
        description = _("A quotation with the name and role of the person quoted.")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=40, label=_("Figure"), help_text=_("For example: 90, 44.6%, €1.2bn"))
    label = blocks.CharBlock(max_length=120, label=_("What it measures"))
    source = blocks.CharBlock(required=False, max_length=200, label=_("Source"))
    year = blocks.CharBlock(required=False, max_length=20, label=_("Year or period"))

    class Meta:
        icon = "order"
        label = _("Key figure")
        description = _("One headline number with its source and year.")
        preview_value = {"value": "90", "label": "foreign investment projects (illustrative)", "year": "2023"}


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=8, label=_("Figures"))

    class Meta:
        icon = "pick"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"
        description = _("Up to eight headline numbers, each with its source and year.")
        preview_value = {
            "heading": "Lombardy in figures (illustrative)",
            "figures": [
                {"value": "90", "label": "foreign investment projects (illustrative)", "year": "2023"},
                {"value": "12", "label": "provinces", "source": "ISTAT"},
            ],
        }


class BarChartRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80, label=_("Label"))
    value = blocks.FloatBlock(min_value=0, label=_("Value"))

    class Meta:
        icon = "minus"
        label = _("Bar")
        description = _("One bar of a bar chart: a label and its value.")
        preview_value = {"label": "2023 (illustrative)", "value": 90}


class BarChartBlock(blocks.StructBlock):
    """A bar chart drawn in HTML and CSS, with its data table, so it needs no JavaScript."""

    title = blocks.CharBlock(max_length=160, label=_("Title"))
    unit = blocks.CharBlock(required=False, max_length=40, label=_("Unit"))
    rows = blocks.ListBlock(BarChartRowBlock(), min_num=1, max_num=24, label=_("Rows"))
    source = blocks.CharBlock(required=False, max_length=250, label=_("Source"))

    class Meta:
        icon = "table"
        label = _("Bar chart")
        template = "blocks/bar_chart_block.html"
        description = _("A simple bar chart, also shown as a table for screen readers.")
        preview_value = {
            "title": "Foreign investment projects per year (illustrative)",
            "unit": "projects",
            "rows": [{"label": "2022", "value": 107}, {"label": "2023", "value": 90}],
            "source": "Illustrative figures for the preview",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        highest = max((row["value"] for row in value["rows"]), default=0) or 1
        context["bars"] = [
            {"label": row["label"], "value": row["value"], "percent": round(100 * row["value"] / highest, 1)}
            for row in value["rows"]
        ]
        return context


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address (a page wins when both are set)."""

    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External address"))

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of the site or to another web site.")
        preview_value = {"url": "https://www.regione.lombardia.it/"}

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an external address."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    button_label = blocks.CharBlock(max_length=60, label=_("Button label"))
    link = LinkBlock()

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted invitation with one button.")
        preview_value = {
            "title": "Planning an investment in Lombardy?",
            "text": "Our team answers within two working days, free of charge.",
            "button_label": "Contact us",
            "link": {"url": "https://www.investinlombardy.com/"},
        }


VIDEO_PATTERNS = [
    (re.compile(r"(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([\w-]{11})"), "youtube"),
    (re.compile(r"vimeo\.com/(?:video/)?(\d+)"), "vimeo"),
]


def parse_video_url(url):
    """(provider, id) for a YouTube or Vimeo address, or (None, None)."""
    for pattern, provider in VIDEO_PATTERNS:
        match = pattern.search(url or "")
        if match:
            return provider, match.group(1)
    return None, None


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads only when the visitor asks for it.

    Nothing is requested from the video host until the visitor presses play, so pages stay
    fast and no third-party cookie is set without a choice. Without JavaScript the link opens
    the video on its host.
    """

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    transcript = blocks.TextBlock(required=False, label=_("Transcript or description"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _("A video from YouTube or Vimeo, loaded on request.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Sample video",
            "transcript": "A transcript or description of the video for visitors who cannot watch it.",
        }

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url"))[0] is None:
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Enter a YouTube or Vimeo video address."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        provider, video_id = parse_video_url(value["url"])
        context["embed_url"] = (
            f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
            if provider == "youtube"
            else f"https://player.vimeo.com/video/{video_id}?autoplay=1"
        )
        return context


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, label=_("Caption"), help_text=_("Says what the table shows."))
    table = TableBlock(table_options={"startRows": 3, "startCols": 3})
    source = blocks.CharBlock(required=False, max_length=250, label=_("Source"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"
        description = _("A table with a caption and its source.")
        preview_value = {
            "caption": "Airports of Lombardy",
            "table": {"data": [["Airport", "Province"], ["Milano Malpensa", "VA"], ["Milano Linate", "MI"]]},
            "source": "",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question")
        description = _("One question and its answer.")
        preview_value = {
            "question": "Who can help me find a site?",
            "answer": "<p>The investment team lists available sites and arranges visits.</p>",
        }


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq_block.html"
        description = _("An accordion of questions and answers that works without JavaScript.")
        preview_value = {
            "heading": "Frequently asked questions",
            "questions": [
                {
                    "question": "Who can help me find a site?",
                    "answer": "<p>The investment team lists available sites and arranges visits.</p>",
                }
            ],
        }


class FeaturedPagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    intro = blocks.TextBlock(required=False, max_length=400, label=_("Introduction"))
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, max_num=12, label=_("Pages"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Featured pages")
        template = "blocks/featured_pages_block.html"
        description = _("Cards linking to chosen pages, with their summary.")
        # Pages are chosen per site, so the preview shows the heading and introduction only.
        preview_value = {"heading": "Start here", "intro": "The pages investors read first.", "pages": []}


class ContactFormBlock(blocks.StructBlock):
    """The contact / assistance request form, placed on a page by editors.

    The block belongs to the core so every page type can offer it; the form and the privacy link come
    from the app that handles the request, through the `contact_form_context` hook (leads/wagtail_hooks.py).
    """

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    intro = blocks.TextBlock(required=False, max_length=400, label=_("Introduction"))
    page = blocks.PageChooserBlock(
        page_type="leads.ContactPage",
        label=_("Contact page"),
        help_text=_("The request is sent to this page, which shows any error and the thank-you message."),
    )

    class Meta:
        icon = "mail"
        label = _("Contact form")
        template = "leads/blocks/contact_form_block.html"
        description = _("The contact and assistance request form, sent to the investment team.")
        # The contact page is chosen per site, so the sample names none (see get_preview_context).
        preview_value = {
            "heading": "Tell us about your project",
            "intro": "The investment team answers within two working days, free of charge.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        target = value.get("page")
        request = context.get("request")
        context["action"] = target.localized.get_url(request) if target else context.get("preview_action")
        for contribute in hooks.get_hooks("contact_form_context"):
            context.update(contribute(request))
        return context

    def get_preview_context(self, value, parent_context=None):
        # Without a chosen page the block shows nothing on a site; the preview shows the form all the same.
        return {**super().get_preview_context(value, parent_context), "preview_action": "#"}


class BodyStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/rich_text_block.html"
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    bar_chart = BarChartBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    table = CaptionedTableBlock()
    faq = FaqBlock()
    featured_pages = FeaturedPagesBlock()
    contact_form = ContactFormBlock()

    class Meta:
        icon = "doc-full"
        description = _("The body of a page, made of the blocks above.")
        preview_value = [
            ("rich_text", "<h2>Why Lombardy</h2><p>Talent, suppliers and markets within reach.</p>"),
            ("quote", QUOTE_PREVIEW),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set on the built block, not as arguments: arguments are written into every migration.
        text = self.child_blocks["rich_text"].meta
        text.icon = "pilcrow"
        text.description = _("Paragraphs, headings, lists and links.")
        text.preview_value = "<h2>Why Lombardy</h2><p>Talent, suppliers and markets within reach.</p>"
