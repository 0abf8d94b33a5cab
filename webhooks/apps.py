from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = _("Webhooks and pipeline exchange")

    def ready(self):
        from django.db.models.signals import post_save

        from desk import events
        from desk.models import Activity
        from leads.privacy import subject_erased
        from leads.signals import submission_saved
        from webhooks import receivers

        submission_saved.connect(receivers.on_submission_saved, dispatch_uid="webhooks.lead_created")
        events.project_created.connect(receivers.on_project_created, dispatch_uid="webhooks.project_created")
        events.project_stage_changed.connect(receivers.on_project_stage_changed, dispatch_uid="webhooks.stage")
        post_save.connect(receivers.on_activity_saved, sender=Activity, dispatch_uid="webhooks.activity")
        subject_erased.connect(receivers.on_subject_erased, dispatch_uid="webhooks.erase")
