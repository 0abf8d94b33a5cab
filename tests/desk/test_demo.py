"""The desk's demo records are marked illustrative and load once, however often the demo is loaded."""

import pytest

from desk.demo import DeskLoader
from desk.models import Company, Contact, EmailTemplate, Investor, Project

pytestmark = pytest.mark.django_db


def test_demo_companies_and_projects_are_illustrative_and_load_once(client, desk_member):
    DeskLoader(log=lambda message: None).run()
    DeskLoader(log=lambda message: None).run()

    assert Company.objects.count() == Project.objects.count() == Contact.objects.count() == 7
    assert not Company.objects.filter(illustrative=False).exists()
    assert not Project.objects.filter(illustrative=False).exists()
    # Each project's dated history ends at its stage; the landed one made an illustrative investor.
    for project in Project.objects.all():
        assert project.stage_changes.last().to_stage == project.stage
    (investor,) = Investor.objects.all()
    assert investor.company.name == "Thames Data Centres Ltd (illustrative)" and investor.illustrative
    assert investor.issues.count() == 2 and investor.expansions.count() == 1
    assert EmailTemplate.objects.get(name="First reply").subject_it == "Il Suo progetto in Lombardia"
    client.force_login(desk_member)
    board = client.get("/admin/desk/board/").content.decode()
    assert "European cell-assembly plant (illustrative)" in board and "– illustrative" in board
    dashboard = client.get("/admin/desk/dashboard/").content.decode()
    assert '<th scope="row">Landed</th><td>1</td>' in dashboard
