"""The pipeline as one JSON document (docs/webhooks.md, "Pipeline exchange"): companies, contacts, leads,
projects, stage changes and activities, each found again by a natural key so that importing twice changes
nothing. Every bad record is reported; a file with one commits nothing unless forced."""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from desk.models import Activity, Company, Contact, Project, StageChange
from leads.models import Lead
from sectors.models import BusinessFunction, Country, SectorPage
from webhooks import payloads

SCHEMA = "invest-in-lombardy.pipeline"
VERSION = 1
SECTIONS = ("companies", "contacts", "leads", "projects", "stage_changes", "activities")

COMPANY_FIELDS = ("name", "domain", "size", "registration_number", "illustrative")
CONTACT_FIELDS = ("name", "email", "role", "language", "illustrative")
# Every field an event sends of a lead (webhooks.payloads), and what stays between desks: the staff's notes
# and the last two campaign tags.
LEAD_FIELDS = (*payloads.LEAD_FIELDS, "notes", "utm_term", "utm_content")
PROJECT_FIELDS = ("title", "stage", "lost_reason", "expected_jobs", "illustrative")
ACTIVITY_FIELDS = ("kind", "subject", "body", "email_to", "language")
ACTIVITY_TIMES = ("occurred_at", "due_at", "remind_at", "done_at")


def _time(value):
    return value.isoformat() if value is not None else None


def company_key(company):
    return company.domain or f"name:{company.name}"


def lead_key(lead):
    return f"{lead.email.lower()}|{_time(lead.created_at)}"


def project_key(project):
    return f"{company_key(project.company)}|{project.title}|{_time(project.created_at)}"


def _username(user):
    return user.get_username() if user is not None else None


def _tags(obj):
    return {
        "country": obj.country.name if getattr(obj, "country", None) else None,
        "sector": obj.sector.slug if obj.sector else None,
        **(
            {"business_function": obj.business_function.key if obj.business_function else None}
            if hasattr(obj, "business_function")
            else {}
        ),
    }


def export():
    """The whole pipeline, ordered so that a record comes after those it names."""
    companies = Company.objects.select_related("country", "sector").order_by("pk")
    projects = Project.objects.select_related("company", "sector", "business_function", "assignee").prefetch_related(
        "leads"
    )
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "companies": [
            {"key": company_key(c), **{f: getattr(c, f) for f in COMPANY_FIELDS}, **_tags(c)} for c in companies
        ],
        "contacts": [
            {**{f: getattr(c, f) for f in CONTACT_FIELDS}, "company": company_key(c.company) if c.company else None}
            for c in Contact.objects.select_related("company").order_by("pk")
        ],
        "leads": [
            {
                "key": lead_key(lead),
                **{f: getattr(lead, f) for f in LEAD_FIELDS},
                **_tags(lead),
                "assignee": _username(lead.assignee),
                "created_at": _time(lead.created_at),
            }
            for lead in Lead.objects.select_related("country", "sector", "business_function", "assignee").order_by("pk")
        ],
        "projects": [
            {
                "key": project_key(p),
                "company": company_key(p.company),
                **{f: getattr(p, f) for f in PROJECT_FIELDS},
                **_tags(p),
                "expected_investment_eur": None if p.expected_investment is None else str(p.expected_investment),
                "expected_decision_date": _time(p.expected_decision_date),
                "assignee": _username(p.assignee),
                "leads": sorted(lead_key(lead) for lead in p.leads.all()),
                "created_at": _time(p.created_at),
            }
            for p in projects.order_by("pk")
        ],
        "stage_changes": [
            {
                "project": project_key(s.project),
                "from_stage": s.from_stage,
                "to_stage": s.to_stage,
                "lost_reason": s.lost_reason,
                "changed_by": _username(s.changed_by),
                "changed_at": _time(s.changed_at),
            }
            for s in StageChange.objects.select_related("project__company", "changed_by").order_by("pk")
        ],
        "activities": [
            {
                **{f: getattr(a, f) for f in ACTIVITY_FIELDS},
                **{f: _time(getattr(a, f)) for f in ACTIVITY_TIMES},
                "lead": lead_key(a.lead) if a.lead else None,
                "company": company_key(a.company) if a.company else None,
                "project": project_key(a.project) if a.project else None,
                "author": _username(a.author),
                "assignee": _username(a.assignee),
            }
            for a in Activity.objects.select_related(
                "lead", "company", "project__company", "author", "assignee"
            ).order_by("pk")
        ],
    }


class BadRecord(Exception):
    pass


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)
    committed: bool = False


class Importer:
    def __init__(self):
        self.users = {u.get_username(): u for u in get_user_model().objects.all()}

    # References ---------------------------------------------------------------------------------------------

    def user(self, name):
        if not name:
            return None
        if name not in self.users:
            raise BadRecord(f"no staff account named {name!r}")
        return self.users[name]

    def tag(self, model, lookup, value):
        if not value:
            return None
        found = model.objects.filter(**{lookup: value}).order_by("pk").first()
        if found is None:
            raise BadRecord(f"no {model._meta.verbose_name} {value!r}")
        return found

    def company(self, key):
        if not key:
            return None
        found = self.find_company(key)
        if found is None:
            raise BadRecord(f"no company {key!r} in the file or the database")
        return found

    def find_company(self, key):
        if key.startswith("name:"):
            return Company.objects.filter(domain="", name__iexact=key.removeprefix("name:")).order_by("pk").first()
        return Company.objects.filter(domain__iexact=key).first()

    def lead(self, key):
        if not key:
            return None
        email, _, created = key.rpartition("|")
        found = Lead.objects.filter(email__iexact=email, created_at=_datetime(created)).first()
        if found is None:
            raise BadRecord(f"no lead {key!r} in the file or the database")
        return found

    def project(self, key):
        if not key:
            return None
        company_part, title, created = _split_project_key(key)
        found = Project.objects.filter(
            company=self.company(company_part), title=title, created_at=_datetime(created)
        ).first()
        if found is None:
            raise BadRecord(f"no project {key!r} in the file or the database")
        return found

    # Records ------------------------------------------------------------------------------------------------

    def companies(self, item):
        company = self.find_company(item["key"]) or Company()
        values = {f: item[f] for f in COMPANY_FIELDS}
        values["country"] = self.tag(Country, "name", item.get("country"))
        values["sector"] = self.tag(SectorPage, "slug", item.get("sector"))
        return _save(company, values)

    def contacts(self, item):
        contact = Contact.objects.filter(email__iexact=item["email"]).first() or Contact()
        values = {f: item[f] for f in CONTACT_FIELDS} | {"company": self.company(item.get("company"))}
        return _save(contact, values)

    def leads(self, item):
        created = _datetime(item["created_at"])
        lead = Lead.objects.filter(email__iexact=item["email"], created_at=created).first() or Lead()
        values = {f: item[f] for f in LEAD_FIELDS}
        values["country"] = self.tag(Country, "name", item.get("country"))
        values["sector"] = self.tag(SectorPage, "slug", item.get("sector"))
        values["business_function"] = self.tag(BusinessFunction, "key", item.get("business_function"))
        values["assignee"] = self.user(item.get("assignee"))
        return _save(lead, values, created_at=created)

    def projects(self, item):
        company = self.company(item["company"])
        created = _datetime(item["created_at"])
        project = Project.objects.filter(company=company, title=item["title"], created_at=created).first()
        project = project or Project()
        values = {f: item[f] for f in PROJECT_FIELDS}
        values |= {"company": company, "assignee": self.user(item.get("assignee"))}
        values["sector"] = self.tag(SectorPage, "slug", item.get("sector"))
        values["business_function"] = self.tag(BusinessFunction, "key", item.get("business_function"))
        values["expected_investment"] = item.get("expected_investment_eur")
        values["expected_decision_date"] = _date(item.get("expected_decision_date"))
        leads = [self.lead(key) for key in item.get("leads", [])]
        outcome = _save(project, values, created_at=created)
        if {lead.pk for lead in leads} != set(project.leads.values_list("pk", flat=True)):
            project.leads.set(leads)
            outcome = "updated" if outcome == "unchanged" else outcome
        return outcome

    def stage_changes(self, item):
        project = self.project(item["project"])
        changed_at = _datetime(item["changed_at"])
        change = StageChange.objects.filter(project=project, changed_at=changed_at, to_stage=item["to_stage"]).first()
        values = {
            "project": project,
            "from_stage": item["from_stage"],
            "to_stage": item["to_stage"],
            "lost_reason": item["lost_reason"],
            "changed_by": self.user(item.get("changed_by")),
            "changed_at": changed_at,
        }
        return _save(change or StageChange(), values)

    def activities(self, item):
        values = {f: item[f] for f in ACTIVITY_FIELDS} | {f: _datetime(item.get(f)) for f in ACTIVITY_TIMES}
        values |= {
            "lead": self.lead(item.get("lead")),
            "company": self.company(item.get("company")),
            "project": self.project(item.get("project")),
            "author": self.user(item.get("author")),
            "assignee": self.user(item.get("assignee")),
        }
        identity = {name: values[name] for name in ("kind", "subject", "occurred_at", "lead", "company", "project")}
        return _save(Activity.objects.filter(**identity).first() or Activity(), values)


def _split_project_key(key):
    rest, _, created = key.rpartition("|")
    company_part, _, title = rest.partition("|")
    return company_part, title, created


def _datetime(value):
    if value in (None, ""):
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise BadRecord(f"{value!r} is not a date and time (ISO 8601)")
    return parsed


def _date(value):
    if value in (None, ""):
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise BadRecord(f"{value!r} is not a date (YYYY-MM-DD)")
    return parsed


def _save(instance, values, created_at=None):
    """Sets `values`; saves only when something differs. Returns created, updated or unchanged."""
    new = instance.pk is None
    changed = new
    for name, value in values.items():
        if new or _normal(getattr(instance, name)) != _normal(value):
            setattr(instance, name, value)
            changed = True
    if not changed:
        return "unchanged"
    instance.full_clean()
    instance.save()
    if created_at is not None and instance.created_at != created_at:
        type(instance).objects.filter(pk=instance.pk).update(created_at=created_at)
        instance.created_at = created_at
    return "created" if new else "updated"


def _normal(value):
    return str(value) if value is not None else None


def import_pipeline(data, dry_run=False, force=False):
    """Imports a document of export()'s shape. Nothing is committed on a dry run, nor from a file with a bad
    record unless `force` (then the good records are, and the bad ones are reported and skipped)."""
    report = Report()
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        report.errors.append(f"not a pipeline file: its 'schema' must be {SCHEMA!r}")
        return report
    if data.get("version") != VERSION:
        report.errors.append(f"version {data.get('version')!r} is not supported (this site reads {VERSION})")
        return report
    importer = Importer()
    with transaction.atomic():
        for section in SECTIONS:
            items = data.get(section, [])
            if not isinstance(items, list):
                report.errors.append(f"{section}: a list is expected")
                continue
            for index, item in enumerate(items):
                try:
                    with transaction.atomic():
                        outcome = getattr(importer, section)(item)
                except BadRecord as error:
                    report.errors.append(f"{section}[{index}]: {error}")
                except ValidationError as error:
                    report.errors.append(f"{section}[{index}]: {'; '.join(_messages(error))}")
                except (KeyError, TypeError, ValueError, AttributeError, ObjectDoesNotExist) as error:
                    report.errors.append(f"{section}[{index}]: missing or malformed {error}")
                else:
                    getattr(report, outcome)[section] += 1
        report.committed = not dry_run and (force or not report.errors)
        if not report.committed:
            transaction.set_rollback(True)
    return report


def _messages(error):
    if hasattr(error, "message_dict"):
        return [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
    return error.messages
