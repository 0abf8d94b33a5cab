from django.urls import path
from django.utils.translation import gettext_lazy as _

from noticeboard import views

app_name = "noticeboard"
urlpatterns = [
    # In the owners' portal (its address in each language), behind its sign-in.
    path(_("owners/noticeboard/"), views.demands, name="demands"),
    path(_("owners/noticeboard/<int:pk>/answer/"), views.answer, name="answer"),
    path(_("noticeboard/agree/<str:token>/"), views.agree, name="agree"),
]
