"""Where the privacy notice is: the page chosen in the site's privacy setting, in the visitor's language."""

from wagtail.models import Locale, Page

from home.content_version import kept
from home.i18n import active_language, site_for
from home.models import PrivacySettings

# Until an editor chooses the notice (a site freshly loaded with the demo content, say), the page at
# this slug in the visitor's language is the notice, as it was before the setting existed.
DEFAULT_SLUG = "privacy"


def privacy_url(request):
    """The notice's address for this request, or None while there is no live notice.

    Every form shows it: kept with the shared fragments, which publishing a page or saving the privacy
    setting retires (home/content_version.py), so a page with a form reads nothing for it.
    """
    if request is None:
        return None
    site = site_for(request)
    # A cached "" is "no notice": None is what the cache says when it has nothing.
    found = kept(f"privacy-url:{site.pk if site else 0}:{active_language()}", lambda: _privacy_url(request) or "")
    return found or None


def _privacy_url(request):
    notice = PrivacySettings.for_request(request).privacy_page
    if notice is None:
        notice = Page.objects.live().filter(slug=DEFAULT_SLUG, locale=Locale.get_active()).first()
    else:
        notice = notice.localized
    return notice.get_url(request) if notice is not None and notice.live else None
