"""Every test of the API reads one full site (tests/full_site.py), built once for the folder.

Lists hold more than 20 items (sites, pages, images, documents), so the query-count tests can
compare a page of 2 with a page of 20.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import built_once_per_module
from tests.full_site import PUBLISHED, build_full_site
from tests.opportunities.factories import OpportunityPageFactory


def build_api_site():
    site = build_full_site()
    for n in range(16):
        published = PUBLISHED + datetime.timedelta(hours=n)
        OpportunityPageFactory(
            parent=site.catalogue.en,
            title=f"Test extra site {n:02d}",
            site_area_m2=1000 + n,
            first_published_at=published,
            last_published_at=published,
        )
    for n in range(21):
        Document.objects.create(title=f"Brochure {n}", file=ContentFile(b"%PDF-1.4", name=f"brochure{n}.pdf"))
        Image.objects.create(title=f"Photo {n}", file=get_test_image_file(size=(8, 8)))
    return site


full_site = built_once_per_module(build_api_site, scope="package")
