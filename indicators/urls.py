from django.urls import path
from django.utils.translation import gettext_lazy as _

from indicators import views

# /en/territories/compare/, /it/territori/confronta/: beside the territory index in each language.
urlpatterns = [path(_("territories/compare/"), views.compare, name="indicators_compare")]
