"""Where the privacy notice is: the page chosen in the site's privacy setting, in the visitor's language."""

from wagtail.models import Locale, Page

from home.models import PrivacySettings

# Until an editor chooses the notice (a site freshly loaded with the demo content, say), the page at
# this slug in the visitor's language is the notice, as it was before the setting existed.
DEFAULT_SLUG = "privacy"


def privacy_url(request):
    """The notice's address for this request, or None while there is no live notice."""
    if request is None:
        return None
    notice = PrivacySettings.for_request(request).privacy_page
    if notice is None:
        notice = Page.objects.live().filter(slug=DEFAULT_SLUG, locale=Locale.get_active()).first()
    else:
        notice = notice.localized
    return notice.get_url(request) if notice is not None and notice.live else None
