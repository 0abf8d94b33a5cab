"""Headless preview for every page: editors preview a draft in an external front end (wagtail-headless-preview).

Off unless HEADLESS_PREVIEW_URL is set: then Wagtail's preview of a page stores the draft under a
signed token and sends the editor's preview panel to `<HEADLESS_PREVIEW_URL>?content_type=...&token=...`;
the front end reads the draft from the API (api/preview.py). Without the setting, pages preview on the site.
"""

from django.conf import settings
from wagtail_headless_preview.models import HeadlessPreviewMixin


def headless_preview_enabled():
    return bool(getattr(settings, "HEADLESS_PREVIEW_URL", ""))


class HeadlessPreviewWhenConfigured(HeadlessPreviewMixin):
    """wagtail-headless-preview's page mixin, active only when the setting names a front end."""

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        # Here rather than in serve_preview: routable pages override serve_preview without super().
        if headless_preview_enabled() and original_request is not None:
            return super().serve_preview(original_request, preview_mode or self.default_preview_mode)
        return super().make_preview_request(original_request, preview_mode, extra_request_attrs)

    def serve_preview(self, request, mode_name):
        # Skip the package's method: Wagtail's own preview, exactly as without the mixin.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
