"""The API's own endpoints under /api/v2/ (Wagtail's pages, images and documents: api.router)."""

from django.urls import path

from api import catalogue_endpoint, leads, schema

app_name = "api"

urlpatterns = [
    path("catalogue/", catalogue_endpoint.catalogue, name="catalogue"),
    path("leads/booklet/<int:sector_id>/", leads.booklet, name="lead_booklet"),
    path("leads/contact/", leads.contact, name="lead_contact"),
    path("leads/enquiry/<int:opportunity_id>/", leads.enquiry, name="lead_enquiry"),
    path("openapi.json", schema.openapi, name="openapi"),
]
