from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from owners import views

app_name = "owners"

portal = [
    path("", views.dashboard, name="dashboard"),
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/link/", views.sign_in_link, name="sign_in_link"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("details/", views.details, name="details"),
    path("submissions/new/", views.submission_form, name="submission_new"),
    path("submissions/<int:pk>/edit/", views.submission_form, name="submission_edit"),
    path("upload/", views.upload, name="upload"),
    path("template.xlsx", views.template_download, name="template"),
    path("reconfirm/<str:token>/", views.reconfirm, name="reconfirm"),
]

# /en/owners/, /it/proprietari/: the portal's address in each language.
urlpatterns = [path(_("owners/"), include(portal))]
