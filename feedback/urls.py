from django.urls import path

from feedback.views import submit

app_name = "feedback"
urlpatterns = [path("", submit, name="submit")]
