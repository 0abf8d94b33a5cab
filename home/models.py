"""Home page, generic content pages and the site-wide settings editors manage."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, Site
from wagtail.search import index

from home.blocks import BodyStreamBlock, FeaturedPagesBlock, KeyFiguresBlock, LinkBlock
from home.content_version import kept
from home.preview import HeadlessPreviewWhenConfigured
from home.public_urls import public_url_parts
from home.routing import route


class BasePage(HeadlessPreviewWhenConfigured, Page):
    """What every public page shares: a summary for cards and search results, and a social image.

    Previews open in an external front end only when HEADLESS_PREVIEW_URL is set (home/preview.py).
    """

    summary = models.TextField(
        blank=True,
        max_length=400,
        verbose_name=_("Summary"),
        help_text=_("One or two sentences shown on cards, in search results and when the page is shared."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Image for cards and sharing"),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [
        APIField("summary"),
        APIField("social_image_rendition", serializer=ImageRenditionField("fill-1200x630", source="social_image")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("summary"), FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    # The pages on a request's path read together, not two queries a level (home/routing.py).
    route = route

    def get_url_parts(self, request=None):
        # Full URLs (canonical, og:url, sitemap, the API's html_url) on PUBLIC_BASE_URL, never the
        # Site's hostname and port (home/public_urls.py).
        return public_url_parts(super().get_url_parts(request))


class HomePage(BasePage):
    hero_title = models.CharField(max_length=120, verbose_name=_("Hero title"))
    hero_intro = models.TextField(max_length=400, blank=True, verbose_name=_("Hero introduction"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Hero image"),
    )
    hero_cta_label = models.CharField(max_length=60, blank=True, verbose_name=_("Hero button label"))
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Hero button page"),
    )
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())], blank=True, max_num=1, verbose_name=_("Key figures")
    )
    highlights = StreamField([("featured_pages", FeaturedPagesBlock())], blank=True, verbose_name=_("Highlights"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("highlights"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_intro"), index.SearchField("body")]
    api_fields = [
        *BasePage.api_fields,
        APIField("hero_title"),
        APIField("hero_intro"),
        APIField("hero_image_rendition", serializer=ImageRenditionField("fill-1600x640-c70", source="hero_image")),
        APIField("hero_cta_label"),
        APIField("hero_cta_page"),
        APIField("key_figures"),
        APIField("highlights"),
        APIField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("Home page")


class StandardPage(BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """Menus list pages, so each visitor sees them in their own language."""

    main_menu = StreamField(
        [("page", LinkBlock())],
        blank=True,
        verbose_name=_("Main menu"),
        help_text=_("Pages shown in the header, in order. Labels are the page titles in each language."),
    )
    footer_menu = StreamField(
        [("page", LinkBlock())],
        blank=True,
        verbose_name=_("Footer links"),
        help_text=_("For example: privacy notice, cookie policy, accessibility statement."),
    )

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = _("Navigation")


@register_setting(icon="lock")
class PrivacySettings(BaseSiteSetting):
    """The privacy notice every form that collects personal data links to, shown in the visitor's language."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Privacy notice"),
        help_text=_("Forms link to this page, or to its translation in the visitor's language."),
    )

    panels = [FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("Privacy notice")


class KeptForRequest:
    """A site setting a page reads on a visitor's request, kept with the shared fragments (saving it
    retires them: home/content_version.py). The admin's settings view reads its row with `for_site`."""

    @classmethod
    def for_request(cls, request):
        attr = cls.get_cache_attr_name()
        site = Site.find_for_request(request)
        if site is not None and not hasattr(request, attr):
            setattr(request, attr, kept(f"{attr}:{site.pk}", lambda: cls.for_site(site)))
        return super().for_request(request)


@register_setting(icon="mail")
class ContactSettings(KeptForRequest, BaseSiteSetting):
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("Organisation"))
    address = models.TextField(blank=True, verbose_name=_("Postal address"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("Telephone"))
    linkedin_url = models.URLField(blank=True, verbose_name=_("LinkedIn"))
    x_url = models.URLField(blank=True, verbose_name=_("X (Twitter)"))
    youtube_url = models.URLField(blank=True, verbose_name=_("YouTube"))

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("x_url"), FieldPanel("youtube_url")], heading=_("Social media")
        ),
    ]

    class Meta:
        verbose_name = _("Contacts and social media")
