"""Staff view of the catalogue's freshness: sites not reconfirmed by their owners for a year."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from opportunities import freshness


def stale_view(request):
    """Sites not reconfirmed for a year: still live (hidden after the grace period) or already hidden."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "opportunities/admin/stale.html",
        {
            "sites": freshness.stale(today),
            "page_title": _("Sites to reconfirm"),
            "header_icon": "warning",
            "grace_days": settings.OPPORTUNITIES_HIDE_AFTER_GRACE_DAYS,
        },
    )
