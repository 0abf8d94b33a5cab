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
        # The leads' privacy tools and retention purge reach the desk's records through this registration.
        from desk.privacy import DeskRecords
        from leads.privacy import register

        register(DeskRecords())

        from django.db.models.signals import m2m_changed

        from desk import aftercare, score
        from desk.models import StageChange
        from leads.models import Download

        # After the intake's receiver, so the lead's inquiry exists when it is scored.
        submission_saved.connect(score.on_submission_saved, dispatch_uid="desk.score")
        post_save.connect(score.on_download_saved, sender=Download, dispatch_uid="desk.score_download")
        m2m_changed.connect(
            score.on_shortlist_changed, sender=Lead.shortlisted_opportunities.through, dispatch_uid="desk.score_sites"
        )
        post_save.connect(aftercare.on_stage_change, sender=StageChange, dispatch_uid="desk.aftercare")
