from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    name = "desk"
    verbose_name = _("Investment desk")
    # Demo content steps, by order (home/demo/registry.py): after sectors and stories, before the menus.
    demo_loaders = [(85, "desk.demo:DeskLoader")]

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from desk import intake
        from desk.models import Activity, Inquiry
        from leads.models import Lead
        from leads.signals import submission_saved

        submission_saved.connect(intake.on_submission_saved, dispatch_uid="desk.intake")
        post_save.connect(intake.on_lead_saved, sender=Lead, dispatch_uid="desk.lead_status")
        post_save.connect(intake.on_activity_saved, sender=Activity, dispatch_uid="desk.first_response")
        post_delete.connect(intake.on_inquiry_deleted, sender=Inquiry, dispatch_uid="desk.forget_contact")
