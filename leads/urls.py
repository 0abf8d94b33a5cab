from django.urls import path

from leads import views

app_name = "leads"

urlpatterns = [
    path("ready/<str:token>/", views.booklet_ready, name="booklet_ready"),
    path("download/<str:token>/", views.booklet_download, name="booklet_download"),
    path("enquiry/<int:page_id>/", views.opportunity_enquiry, name="opportunity_enquiry"),
]
