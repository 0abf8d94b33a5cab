"""The API's documentation page, in each language (/en/api/, /it/api/)."""

from django.urls import path

from api.docs import api_documentation

urlpatterns = [path("", api_documentation, name="api_docs")]
