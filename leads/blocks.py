"""The contact / assistance request form as a block editors can place on a page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ContactFormBlock(blocks.StructBlock):
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

    def get_context(self, value, parent_context=None):
        # Imported here: home.blocks lists this block, and home.privacy needs home's models.
        from home.privacy import privacy_url
        from leads.forms import ContactForm

        context = super().get_context(value, parent_context)
        target = value.get("page")
        request = (parent_context or {}).get("request")
        context["action"] = target.localized.get_url(request) if target else None
        context["form"] = ContactForm()
        context["privacy_url"] = privacy_url(request)
        return context
