from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home import translation_state, untranslated_report

# An untranslated copy under /it/ is never served in English: the visitor goes to the original
# (home/translation_state.py).
hooks.register("before_serve_page", translation_state.redirect_untranslated)


@hooks.register("register_admin_urls")
def register_untranslated_report_url():
    return [path("reports/untranslated/", untranslated_report.report_view, name="untranslated_pages")]


@hooks.register("register_reports_menu_item")
def register_untranslated_report_menu_item():
    return MenuItem(_("Untranslated pages"), reverse("untranslated_pages"), icon_name="globe", order=810)
