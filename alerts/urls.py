from django.urls import path
from django.utils.translation import gettext_lazy as _

from alerts import views

app_name = "alerts"
urlpatterns = [
    path(_("alerts/new/"), views.subscribe, name="subscribe"),
    path(_("alerts/confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("alerts/stop/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    path(_("alerts/manage/<str:token>/"), views.manage, name="manage"),
]
