"""The desk's records: companies and contacts, the desk's side of each lead, projects, activities, routing."""

from desk.models.activities import Activity, EmailTemplate
from desk.models.companies import Company, Contact
from desk.models.inquiries import Inquiry, RoutingRule
from desk.models.projects import Partner, Project, Referral, StageChange

__all__ = [
    "Activity",
    "Company",
    "Contact",
    "EmailTemplate",
    "Inquiry",
    "Partner",
    "Project",
    "Referral",
    "RoutingRule",
    "StageChange",
]
