"""Synthetic opportunities spread over Lombardy, for benchmarks (never for a real site).

    manage.py generate_opportunities 10000 [--seed 1] [--locale en]

Pages are added under the catalogue page of the locale, live, without revisions, written in bulk
(tree paths computed here, one INSERT per batch for each table), so 100,000 take minutes, not hours.
Each is titled "Synthetic site NNNNNN ..." and says it is synthetic. Running it again adds N more.
They are not added to Wagtail's search index (the catalogue does not use it); run `update_index`
if the site search should find them.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from opportunities import geo
from opportunities.choices import Category, EnvironmentalStatus, Kind, Ownership, PermittedUse, PlanningStatus, Tenure
from opportunities.models import OpportunityIndexPage, OpportunityPage

BATCH = 250  # rows per INSERT: about 60 columns each, well under SQLite's variable limit


class Command(BaseCommand):
    help = "Adds N synthetic opportunities under the catalogue page, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--locale", default="en")

    def handle(self, *args, count, seed, locale, **options):
        index = OpportunityIndexPage.objects.filter(locale__language_code=locale).first()
        if index is None:
            raise CommandError("No catalogue page in that language: run load_demo_content first.")
        rng = random.Random(seed)
        places = list(geo.municipalities().values())
        start = OpportunityPage.objects.child_of(index).filter(slug__startswith="synthetic-").count()
        today = timezone.localdate()
        content_type = ContentType.objects.get_for_model(OpportunityPage)
        child_fields = OpportunityPage._meta.local_concrete_fields
        for first in range(0, count, BATCH):
            with transaction.atomic():
                parent = Page.objects.select_for_update().get(pk=index.pk)
                last = parent.get_last_child()
                step = Page._str2int(last.path[-Page.steplen :]) if last else 0
                sites = []
                for number in range(start + first, start + min(first + BATCH, count)):
                    step += 1
                    site = self.site(rng, places, number, today)
                    site.path = parent.path + Page._int2str(step).rjust(Page.steplen, Page.alphabet[0])
                    site.depth = parent.depth + 1
                    site.numchild = 0
                    site.url_path = f"{parent.url_path}{site.slug}/"
                    site.content_type = content_type
                    site.locale_id = parent.locale_id
                    site.translation_key = uuid.uuid4()
                    site.draft_title = site.title
                    site.last_published_at = site.first_published_at
                    site.compute_distances()
                    sites.append(site)
                # Multi-table inheritance: the Page rows first (ids come back), then the site rows.
                pages = Page.objects.bulk_create([Page(**self.page_values(site)) for site in sites])
                for site, page in zip(sites, pages, strict=True):
                    site.pk = site.page_ptr_id = page.pk
                OpportunityPage._base_manager._insert(sites, fields=child_fields, using=OpportunityPage.objects.db)
                Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(sites))
            self.stdout.write(f"  {min(first + BATCH, count)} / {count}")
        self.stdout.write(self.style.SUCCESS(f"Added {count} synthetic opportunities."))

    @staticmethod
    def page_values(site):
        return {f.attname: getattr(site, f.attname) for f in Page._meta.concrete_fields if f.attname != "id"}

    @staticmethod
    def site(rng, places, number, today):
        place = rng.choice(places)
        kind = rng.choice(Kind.values)
        site_area = rng.randrange(2_000, 200_000, 500)
        return OpportunityPage(
            title=f"Synthetic site {number:06d} in {place.name}",
            slug=f"synthetic-{number:06d}",
            summary="Synthetic benchmark data, not a real opportunity.",
            live=True,
            first_published_at=timezone.now() - datetime.timedelta(minutes=number),
            kind=kind,
            category=rng.choice(Category.values),
            municipality=place.name,
            province=place.province,
            latitude=round(place.lat + rng.uniform(-0.01, 0.01), 5),
            longitude=round(place.lon + rng.uniform(-0.01, 0.01), 5),
            site_area_m2=site_area,
            covered_area_m2=rng.randrange(500, site_area, 100) if kind == Kind.BUILDING else None,
            permitted_uses=rng.sample(PermittedUse.values, rng.randint(1, 3)),
            planning_status=rng.choice(PlanningStatus.values),
            environmental_status=rng.choice(EnvironmentalStatus.values),
            ownership=rng.choice(Ownership.values),
            tenure=rng.choice(Tenure.values),
            asking_price_eur=rng.randrange(50_000, 20_000_000, 10_000),
            power_kw=rng.randrange(0, 10_000, 50),
            has_gas=rng.random() < 0.7,
            has_water=rng.random() < 0.9,
            has_fibre=rng.random() < 0.5,
            in_zls=rng.random() < 0.05,
            in_zis=rng.random() < 0.05,
            in_state_aid_area=rng.random() < 0.1,
            last_verified=today - datetime.timedelta(days=rng.randrange(0, 360)),
            owner_consent=True,
        )
