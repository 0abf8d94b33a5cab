"""The desk's records: companies and contacts, the desk's side of each lead, projects, activities, routing,
aftercare of established investors."""

from desk.models.activities import Activity, EmailTemplate
from desk.models.aftercare import AftercareIssue, Expansion, Investor
from desk.models.companies import Company, Contact
from desk.models.inquiries import Inquiry, RoutingRule
from desk.models.projects import Partner, Project, Referral, StageChange

__all__ = [
    "Activity",
    "AftercareIssue",
    "Company",
    "Contact",
    "EmailTemplate",
    "Expansion",
    "Inquiry",
    "Investor",
    "Partner",
    "Project",
    "Referral",
    "RoutingRule",
    "StageChange",
]
