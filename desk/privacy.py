"""The desk's records in the leads' privacy tools and retention purge (registered with leads.privacy in
DeskConfig.ready; leads never imports the desk).

A person is an e-mail address: their contact, the inquiries of their leads, the projects opened from those
leads, the companies they belong to, and the activities and tasks on any of these.
"""

from django.db.models import F, OuterRef, Q

from desk.models import Activity, Company, Contact, Inquiry, Investor, Project, StageChange
from leads.models import Lead
from leads.privacy import SubjectRecords, cutoff, last_of, latest, lead_last_activity


def _iso(value):
    return value.isoformat() if value is not None else None


def _user(user):
    return user.get_username() if user is not None else None


def _activity(activity):
    return {
        "kind": activity.kind,
        "subject": activity.subject,
        "text": activity.body,
        "date": _iso(activity.occurred_at),
        "due": _iso(activity.due_at),
        "done": _iso(activity.done_at),
        "sent_to": activity.email_to,
        "recorded_by": _user(activity.author),
        "assignee": _user(activity.assignee),
        "lead": activity.lead_id,
        "company": activity.company.name if activity.company else None,
        "project": activity.project.title if activity.project else None,
    }


class DeskRecords(SubjectRecords):
    name = "desk"

    def _scope(self, email, leads):
        contacts = Contact.objects.filter(email__iexact=email)
        inquiries = Inquiry.objects.filter(lead__in=leads)
        company_ids = {
            *contacts.exclude(company=None).values_list("company_id", flat=True),
            *inquiries.exclude(company=None).values_list("company_id", flat=True),
        }
        projects = Project.objects.filter(leads__in=leads).distinct()
        return contacts, inquiries, Company.objects.filter(pk__in=company_ids), projects

    def export(self, email, leads):
        contacts, inquiries, companies, projects = self._scope(email, leads)
        activities = (
            Activity.objects.filter(Q(lead__in=leads) | Q(project__in=projects) | Q(email_to__iexact=email))
            .select_related("author", "assignee", "company", "project")
            .distinct()
        )
        return {
            "contacts": [
                {
                    "name": c.name,
                    "email": c.email,
                    "role": c.role,
                    "language": c.language,
                    "company": c.company.name if c.company else None,
                    "created_at": _iso(c.created_at),
                }
                for c in contacts.select_related("company")
            ],
            "inquiries": [
                {
                    "lead": inquiry.lead_id,
                    "reply_by": _iso(inquiry.respond_by),
                    "first_reply": _iso(inquiry.first_response_at),
                    "acknowledged": _iso(inquiry.acknowledged_at),
                    "lead_score": inquiry.score,
                }
                for inquiry in inquiries
            ],
            "companies": [
                {
                    "name": c.name,
                    "domain": c.domain,
                    "country": str(c.country) if c.country else None,
                    "sector": str(c.sector) if c.sector else None,
                    "size": c.size,
                    "registration_number": c.registration_number,
                }
                for c in companies.select_related("country", "sector")
            ],
            "projects": [
                {
                    "title": p.title,
                    "company": p.company.name,
                    "stage": p.stage,
                    "lost_reason": p.lost_reason,
                    "expected_investment_eur": None if p.expected_investment is None else str(p.expected_investment),
                    "expected_jobs": p.expected_jobs,
                    "expected_decision_date": _iso(p.expected_decision_date),
                    "assignee": _user(p.assignee),
                    "stages": [
                        {"from": s.from_stage, "to": s.to_stage, "by": _user(s.changed_by), "at": _iso(s.changed_at)}
                        for s in p.stage_changes.all()
                    ],
                }
                for p in projects.select_related("company", "assignee").prefetch_related("stage_changes__changed_by")
            ],
            "activities": [_activity(activity) for activity in activities],
        }

    def erase(self, email, leads):
        contacts, _inquiries, companies, projects = self._scope(email, leads)
        others = Lead.objects.exclude(pk__in=leads)
        # A company goes when this person is all it holds: no other contact, no other person's lead.
        sole = companies.exclude(contacts__in=contacts.model.objects.exclude(pk__in=contacts)).exclude(
            inquiries__lead__in=others
        )
        sole_ids = list(sole.values_list("pk", flat=True))
        project_ids = {
            *projects.exclude(leads__in=others).values_list("pk", flat=True),
            *Project.objects.filter(company_id__in=sole_ids).values_list("pk", flat=True),
        }
        activities = Activity.objects.filter(
            Q(lead__in=leads) | Q(project_id__in=project_ids) | Q(company_id__in=sole_ids) | Q(email_to__iexact=email)
        )
        counts = {"activities": activities.distinct().count()}
        activities.delete()
        counts["projects"] = Project.objects.filter(pk__in=project_ids).delete()[1].get("desk.Project", 0)
        Investor.objects.filter(company_id__in=sole_ids).delete()
        counts["contacts"] = contacts.delete()[1].get("desk.Contact", 0)
        counts["companies"] = Company.objects.filter(pk__in=sole_ids).delete()[1].get("desk.Company", 0)
        return counts

    def lead_activity(self):
        return [latest(Activity.objects.filter(lead=OuterRef("pk")), "occurred_at")]

    def expired(self, now, lead_ids):
        activities = Activity.objects.annotate(last=last_of("occurred_at", F("due_at"), F("done_at"))).filter(
            last__lt=cutoff("activities", now),
            lead_id__isnull=True,  # those on a lead go with it
        )
        project_last = last_of(
            "created_at",
            latest(StageChange.objects.filter(project=OuterRef("pk")), "changed_at"),
            latest(Activity.objects.filter(project=OuterRef("pk")), "occurred_at"),
        )
        projects = Project.objects.annotate(last=project_last).filter(last__lt=cutoff("projects", now))
        project_ids = list(projects.values_list("pk", flat=True))
        # A contact lives as long as its leads (desk.intake deletes it with the last one: listed here); one
        # entered by hand, with no lead, from its creation.
        contacts = (
            Contact.objects.exclude(inquiries__lead__in=Lead.objects.exclude(pk__in=lead_ids))
            .filter(Q(inquiries__lead__in=lead_ids) | Q(inquiries=None, created_at__lt=cutoff("contacts", now)))
            .distinct()
        )
        company_last = last_of(
            "created_at",
            latest(Activity.objects.filter(company=OuterRef("pk")), "occurred_at"),
            latest(Project.objects.annotate(last=project_last).filter(company=OuterRef("pk")), "last"),
            latest(
                Lead.objects.annotate(last=lead_last_activity()).filter(desk_inquiry__company=OuterRef("pk")), "last"
            ),
        )
        # Established investors stay (aftercare keeps in touch with them), as do companies with a project left.
        companies = (
            Company.objects.annotate(last=company_last)
            .filter(last__lt=cutoff("companies", now), investor__isnull=True)
            .exclude(projects__in=Project.objects.exclude(pk__in=project_ids))
        )
        frozen = [
            Activity.objects.filter(pk__in=list(activities.values_list("pk", flat=True))),
            Contact.objects.filter(pk__in=list(contacts.values_list("pk", flat=True))),
            Project.objects.filter(pk__in=project_ids),
            Company.objects.filter(pk__in=list(companies.values_list("pk", flat=True))),
        ]
        return frozen
