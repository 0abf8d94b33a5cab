"""Illustrative desk records (desk.yaml): companies, contacts and projects marked illustrative, with a stage
history dated back from today so the dashboard has a pipeline to show; the investor a landed project makes,
its aftercare issues and expansions; partner organisations and two bilingual e-mail templates.
Idempotent: records are found by domain, e-mail and name."""

import datetime

from django.db import transaction
from django.utils import timezone

from desk import stages
from desk.models import AftercareIssue, Company, Contact, EmailTemplate, Expansion, Partner, Project, StageChange
from home.demo.data import demo_data
from sectors.models import BusinessFunction, Country, SectorPage


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
                business_function=BusinessFunction.objects.filter(
                    locale__language_code="en", key=project_spec.get("function", "")
                ).first(),
                expected_investment=project_spec["expected_investment"],
                expected_jobs=project_spec["expected_jobs"],
                stage=project_spec["stage"],
                lost_reason=project_spec.get("lost_reason", ""),
                expected_decision_date=timezone.localdate() + datetime.timedelta(days=project_spec["decision_in_days"]),
                illustrative=True,
            )
            if "history" in project_spec:
                self.history(project, project_spec["history"])
            else:
                stages.record(project, "")
        if "aftercare" in spec and hasattr(company, "investor"):
            self.aftercare(company.investor, spec["aftercare"])

    @staticmethod
    def history(project, moves):
        """[[days ago, stage], ...], the first the day it was opened; a move to Landed makes the investor."""
        now = timezone.now()
        opened = now - datetime.timedelta(days=moves[0][0])
        Project.objects.filter(pk=project.pk).update(created_at=opened)
        previous = ""
        for days_ago, stage in moves:
            StageChange.objects.create(
                project=project,
                from_stage=previous,
                to_stage=stage,
                lost_reason=project.lost_reason if stage == Project.Stage.LOST else "",
                changed_at=now - datetime.timedelta(days=days_ago),
            )
            previous = stage

    @staticmethod
    def aftercare(investor, spec):
        today = timezone.localdate()
        for issue in spec.get("issues", []):
            AftercareIssue.objects.get_or_create(
                investor=investor,
                subject=issue["subject"],
                defaults={
                    "raised_on": today - datetime.timedelta(days=issue["days_ago"]),
                    "handling": issue["handling"],
                    "status": issue["status"],
                },
            )
        for expansion in spec.get("expansions", []):
            Expansion.objects.get_or_create(
                investor=investor,
                description=expansion["description"],
                defaults={
                    "identified_on": today - datetime.timedelta(days=expansion["days_ago"]),
                    "expected_investment": expansion["expected_investment"],
                    "expected_jobs": expansion["expected_jobs"],
                },
            )
