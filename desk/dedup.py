"""Each person and each company is kept once: contacts by e-mail, companies by domain (or name).

A lead joins the contact of its e-mail address and that contact's company; a new address at a
company's domain joins that company. Addresses at personal mail services (DESK_PERSONAL_EMAIL_DOMAINS)
say nothing about the employer, so there the company typed in the form is matched by name. Submissions
are never touched: they stay on their leads, exactly as sent.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from wagtail.log_actions import log

from desk.models import Activity, Company, Contact, Inquiry, Project


def email_domain(email):
    return email.rpartition("@")[2].strip().lower()


def company_domain(email):
    """The domain that names the employer, or "" for a personal mail service."""
    domain = email_domain(email)
    return "" if domain in settings.DESK_PERSONAL_EMAIL_DOMAINS else domain


def find_or_create_company(lead):
    domain = company_domain(lead.email)
    if domain:
        company = Company.objects.filter(domain__iexact=domain).first()
        if company is not None:
            return company
    elif lead.company:
        company = Company.objects.filter(name__iexact=lead.company.strip(), domain="").first()
        if company is not None:
            return company
    if not (domain or lead.company):
        return None
    return Company.objects.create(
        name=lead.company.strip() or domain,
        domain=domain,
        country=lead.country,
        sector=lead.sector,
        size=lead.company_size,
    )


def attach(inquiry):
    """Gives the inquiry its contact and company, creating them the first time they write in."""
    lead = inquiry.lead
    contact = Contact.objects.filter(email__iexact=lead.email).select_related("company").first()
    if contact is None:
        contact = _create_contact(lead)
    elif contact.company is None:
        contact.company = find_or_create_company(lead)
        contact.save(update_fields=["company"])
    inquiry.contact, inquiry.company = contact, contact.company


def _create_contact(lead, retry=True):
    """A new contact; if another first form with the same address was saved a moment earlier, that one.

    The savepoint keeps the lead's own transaction usable after a unique rule (the contact's e-mail,
    the company's domain) refuses a row written at the same moment by another form; a second try then
    finds the other form's company, so the lead is saved either way.
    """
    try:
        with transaction.atomic():
            return Contact.objects.create(
                name=lead.name,
                email=lead.email.lower(),
                role=lead.role,
                language=lead.language,
                company=find_or_create_company(lead),
            )
    except IntegrityError:
        contact = Contact.objects.select_related("company").filter(email__iexact=lead.email).first()
        if contact is None and retry:
            return _create_contact(lead, retry=False)
        if contact is None:
            raise
        return contact


@transaction.atomic
def merge_companies(target, duplicates, user=None):
    """Moves everything of `duplicates` to `target` and deletes them; returns the names merged.

    The target keeps its own details and takes those it lacks from the duplicates. Leads, and so every
    submission, stay as they were: only their company changes.
    """
    duplicates = [company for company in duplicates if company.pk != target.pk]
    merged = []
    for duplicate in duplicates:
        for model in (Contact, Inquiry, Project, Activity):
            model.objects.filter(company=duplicate).update(company=target)
        domain = duplicate.domain
        for field in ("country", "sector", "size", "registration_number"):
            if not getattr(target, field):
                setattr(target, field, getattr(duplicate, field))
        merged.append({"id": duplicate.pk, "name": duplicate.name, "domain": domain})
        duplicate.delete()
        if not target.domain and domain:
            target.domain = domain
    target.save()
    if merged:
        log(target, "desk.merge", user=user, data={"merged": merged})
    return [item["name"] for item in merged]
