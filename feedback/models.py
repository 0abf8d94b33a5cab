"""'Was this page useful?': one anonymous answer per submission, about one page in one language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    # Each translation is its own page, so counts are per language without a locale column.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    useful = models.BooleanField(_("useful"))
    # Stored after feedback.privacy.redact: no address or telephone number a visitor typed by mistake.
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"
