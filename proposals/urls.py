from django.urls import path

from proposals import views

app_name = "proposals"
# Outside the language prefixes: a proposal is in its own language, whoever opens it.
urlpatterns = [
    path("<str:token>/", views.page, name="page"),
    path("<str:token>/pdf/", views.pdf, name="pdf"),
]
