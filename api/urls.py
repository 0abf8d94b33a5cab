"""The API's own endpoints under /api/v2/ (Wagtail's pages, images and documents: api.router)."""

from django.urls import path

from api import catalogue_endpoint, leads, schema
from api import indicators as indicators_api
from api.http import read_endpoint
from api.root import api_root
from incentives import api as incentives_api
from opportunities import feeds
from opportunities import views as opportunity_views

app_name = "api"

urlpatterns = [
    path("", api_root, name="root"),
    path("catalogue/", catalogue_endpoint.catalogue, name="catalogue"),
    path("catalogue/metadata.jsonld", opportunity_views.metadata, name="open_data_metadata"),
    path("catalogue/feed.json", feeds.feed, name="sites_feed"),
    path("incentives/", read_endpoint(incentives_api.incentives), name="incentives"),
    path("indicators/", read_endpoint(indicators_api.indicators), name="indicators"),
    path("leads/booklet/<int:sector_id>/", leads.booklet, name="lead_booklet"),
    path("leads/contact/", leads.contact, name="lead_contact"),
    path("leads/enquiry/<int:opportunity_id>/", leads.enquiry, name="lead_enquiry"),
    path("openapi.json", schema.openapi, name="openapi"),
]
