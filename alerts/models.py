"""A visitor's saved search: a catalogue query (filters and brief, as GET parameters) and an address.

Double opt-in: an alert is `pending` until its address confirms through a signed link, and only a
`confirmed` alert is ever sent. Each consent is recorded with the text shown and its version. A site
is sent once per version (its last publication), so a digest carries only what is new or changed.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from leads.models import ConsentText


class SavedSearch(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", pgettext_lazy("alert status", "Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(verbose_name=_("E-mail"))
    language = models.CharField(max_length=8, verbose_name=_("Language"))
    # The catalogue's GET parameters (filters and brief): the saved search is that address.
    query = models.CharField(max_length=2000, blank=True, verbose_name=pgettext_lazy("saved search", "Search"))
    catalogue = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Catalogue")
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING, verbose_name=_("Status"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Created at"))
    confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Confirmed at"))
    unsubscribed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Unsubscribed at"))
    last_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Last digest sent at"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Saved search")
        verbose_name_plural = _("Saved searches")

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"


class AlertConsent(ConsentText):
    search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="consents")

    class Meta(ConsentText.Meta):
        verbose_name = _("Consent to alerts")

    def __str__(self):
        return f"{self.text_version} ({self.language})"


class SentSite(models.Model):
    """A site, in one version, already sent for a saved search."""

    search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="sent")
    page_id = models.IntegerField()
    version = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["search", "page_id", "version"], name="alert_site_once")]

    def __str__(self):
        return f"{self.page_id} @ {self.version:%Y-%m-%d %H:%M}"
