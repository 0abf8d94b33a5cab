"""Illustrative desk records (desk.yaml): companies, contacts and projects marked illustrative, partner
organisations and two bilingual e-mail templates. Idempotent: records are found by domain, e-mail and name."""

import datetime

from django.db import transaction
from django.utils import timezone

from desk import stages
from desk.models import Company, Contact, EmailTemplate, Partner, Project
from home.demo.data import demo_data
from sectors.models import Country, SectorPage


class DeskLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        data = demo_data("desk", "desk")
        for spec in data["companies"]:
            self.company(spec)
        for spec in data["partners"]:
            Partner.objects.get_or_create(name=spec["name"], defaults={"kind": spec["kind"]})
        for spec in data["email_templates"]:
            EmailTemplate.objects.get_or_create(
                name=spec["name"], defaults={k: v for k, v in spec.items() if k != "name"}
            )
        self.log("Desk: illustrative companies and projects, partners, e-mail templates")

    def company(self, spec):
        company, created = Company.objects.get_or_create(
            domain=spec["domain"],
            defaults={
                "name": spec["name"],
                "country": Country.objects.filter(locale__language_code="en", name=spec["country"]).first(),
                "sector": SectorPage.objects.filter(
                    locale__language_code="en", slug__startswith=spec["sector"]
                ).first(),
                "size": spec["size"],
                "illustrative": True,
            },
        )
        Contact.objects.get_or_create(
            email=spec["contact"]["email"], defaults={**spec["contact"], "company": company, "illustrative": True}
        )
        project_spec = spec["project"]
        if created or not company.projects.exists():
            project = Project.objects.create(
                title=project_spec["title"],
                company=company,
                sector=company.sector,
                expected_investment=project_spec["expected_investment"],
                expected_jobs=project_spec["expected_jobs"],
                stage=project_spec["stage"],
                lost_reason=project_spec.get("lost_reason", ""),
                expected_decision_date=timezone.localdate() + datetime.timedelta(days=project_spec["decision_in_days"]),
                illustrative=True,
            )
            stages.record(project, "")
