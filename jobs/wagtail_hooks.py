from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from jobs import views


@hooks.register("register_admin_urls")
def register_jobs_urls():
    return [
        path("jobs/", views.report_view, name="jobs_report"),
        path("jobs/send-again/", views.send_again_view, name="jobs_send_again"),
    ]


class JobsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("jobs.view_outboxmessage")


@hooks.register("register_reports_menu_item")
def register_jobs_menu_item():
    return JobsMenuItem(_("Background jobs"), reverse("jobs_report"), icon_name="cogs", order=900)
