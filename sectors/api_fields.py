"""The sector page's booklet as the API shows it."""

from django.urls import reverse

from home.api_fields import PageField, absolute


class BookletField(PageField):
    """A sector booklet's description, the page with its form, and the API to request it.

    Never the file: the PDF is reached only through the signed link a booklet request returns.
    """

    def to_representation(self, sector):
        booklet = sector.booklet
        if booklet is None:
            return None
        request = self.context.get("request")
        return {
            "title": booklet.title,
            "subtitle": booklet.subtitle,
            "description": booklet.description,
            "language": booklet.locale.language_code,
            "pages": booklet.pages,
            "edition": booklet.edition,
            "form_url": absolute(request, sector.booklet_url(request)),
            "request_url": absolute(request, reverse("api:lead_booklet", args=[sector.pk])),
        }
