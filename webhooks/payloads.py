"""The `data` of each event (documented field by field in docs/webhooks.md): ids, codes and plain values,
never labels of the admin's language, so a receiving CRM can map them once."""

from django.conf import settings
from django.urls import reverse

LEAD_FIELDS = (
    "kind",
    "name",
    "email",
    "company",
    "role",
    "company_size",
    "stage",
    "service",
    "timeline",
    "jobs_band",
    "capex_band",
    "language",
    "description",
    "status",
    "source_url",
    "utm_source",
    "utm_medium",
    "utm_campaign",
)


def _tag(obj, name_field):
    return None if obj is None else {"id": obj.pk, "name": getattr(obj, name_field)}


def _user(user):
    return user.get_username() if user is not None else None


def lead(lead):
    data = {"id": lead.pk, **{name: getattr(lead, name) for name in LEAD_FIELDS}}
    data |= {
        "country": _tag(lead.country, "name"),
        "sector": _tag(lead.sector, "title"),
        "business_function": _tag(lead.business_function, "key"),
        "created_at": lead.created_at,
    }
    return data


def company(company):
    if company is None:
        return None
    return {"id": company.pk, "name": company.name, "domain": company.domain, "illustrative": company.illustrative}


def project(project):
    return {
        "id": project.pk,
        "title": project.title,
        "company": company(project.company),
        "stage": project.stage,
        "lost_reason": project.lost_reason,
        "sector": _tag(project.sector, "title"),
        "business_function": _tag(project.business_function, "key"),
        "expected_investment_eur": project.expected_investment,
        "expected_jobs": project.expected_jobs,
        "expected_decision_date": project.expected_decision_date,
        "assignee": _user(project.assignee),
        "lead_ids": sorted(project.leads.values_list("pk", flat=True)),
        "illustrative": project.illustrative,
        "created_at": project.created_at,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("desk_project:inspect", args=[project.pk]),
    }


def stage_change(change):
    return {
        "project": project(change.project),
        "from_stage": change.from_stage,
        "to_stage": change.to_stage,
        "lost_reason": change.lost_reason,
        "changed_by": _user(change.changed_by),
        "changed_at": change.changed_at,
    }


def activity(activity):
    return {
        "id": activity.pk,
        "kind": activity.kind,
        "subject": activity.subject,
        "body": activity.body,
        "occurred_at": activity.occurred_at,
        "lead_id": activity.lead_id,
        "company_id": activity.company_id,
        "project_id": activity.project_id,
        "author": _user(activity.author),
        "assignee": _user(activity.assignee),
        "due_at": activity.due_at,
    }
