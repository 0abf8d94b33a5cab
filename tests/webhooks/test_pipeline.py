"""The pipeline's JSON export and import: a round trip is idempotent, a broken file commits nothing."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from desk import stages
from desk.models import Activity, Company, Contact, Project, StageChange
from leads.models import Lead

pytestmark = pytest.mark.django_db


@pytest.fixture
def pipeline(desk_member):
    company = Company.objects.create(name="Acme Robotics", domain="acme.example", size="50-249")
    solo = Company.objects.create(name="Solo Studio")  # no domain: found again by its name
    Contact.objects.create(name="Ada", email="ada@acme.example", language="en", company=company)
    lead = Lead.objects.create(kind="contact", name="Ada", email="ada@acme.example", language="en", notes="VIP")
    project = Project.objects.create(title="Plant", company=company, expected_investment=3_000_000, expected_jobs=40)
    project.leads.add(lead)
    stages.record(project, "", desk_member)
    stages.move(project, Project.Stage.SITE_VISIT, desk_member)
    Activity.objects.create(kind="call", subject="First call", lead=lead, author=desk_member)
    Activity.objects.create(kind="task", subject="Visit", project=project, assignee=desk_member, due_at=lead.created_at)
    Activity.objects.create(kind="note", subject="Met at a fair", company=solo)


def export(tmp_path, name="pipeline.json"):
    path = tmp_path / name
    call_command("export_pipeline", "--output", str(path))
    return path


def run_import(path, *options):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_pipeline", str(path), *options, stdout=out, stderr=err)
    except CommandError as error:
        raise CommandError(f"{error}\n{err.getvalue()}") from None
    return out.getvalue(), err.getvalue()


def counts():
    return [m.objects.count() for m in (Company, Contact, Lead, Project, StageChange, Activity)]


def test_a_round_trip_recreates_the_pipeline_and_importing_again_changes_nothing(pipeline, tmp_path):
    first = export(tmp_path)
    document = json.loads(first.read_text())
    assert (document["schema"], document["version"]) == ("invest-in-lombardy.pipeline", 1)
    before = counts()

    out, _ = run_import(first)  # into the database it came from: everything is found again
    assert "companies: 0 created, 0 updated, 2 unchanged" in out
    assert "activities: 0 created, 0 updated, 3 unchanged" in out
    assert counts() == before

    for model in (Activity, StageChange, Project, Contact, Company, Lead):
        model.objects.all().delete()
    out, _ = run_import(first)
    assert "leads: 1 created" in out and "stage_changes: 2 created" in out
    assert counts() == before
    project = Project.objects.get()
    assert (project.company.domain, project.stage, project.expected_jobs) == ("acme.example", "site_visit", 40)
    assert list(project.leads.values_list("notes", flat=True)) == ["VIP"]

    again, _ = run_import(first)
    assert " created" not in again.replace("0 created", "")
    assert " updated" not in again.replace("0 updated", "")
    second = json.loads(export(tmp_path, "again.json").read_text())
    for section in ("companies", "contacts", "leads", "projects", "stage_changes", "activities"):
        assert second[section] == document[section], section


def test_a_broken_file_commits_nothing_and_names_every_bad_record(pipeline, tmp_path):
    document = json.loads(export(tmp_path).read_text())
    document["companies"].append({**document["companies"][0], "key": "new.example", "domain": "new.example"})
    document["contacts"].append({**document["contacts"][0], "email": "not-an-address"})
    document["projects"][0]["stage"] = "teleported"
    document["activities"][0]["author"] = "nobody"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document))
    before = counts()

    with pytest.raises(CommandError, match="3 bad record"):
        run_import(broken)
    assert counts() == before
    assert not Company.objects.filter(domain="new.example").exists()

    out, err = run_import(broken, "--dry-run")
    assert "Dry run: nothing committed." in out
    assert "contacts[1]: email" in err
    assert "projects[0]: stage" in err
    assert "activities[0]: no staff account named 'nobody'" in err
    assert not Company.objects.filter(domain="new.example").exists()

    out, _ = run_import(broken, "--force")
    assert "Committed." in out
    assert Company.objects.filter(domain="new.example").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Cannot read"),
        ('{"schema": "other"}', "not a pipeline file"),
        ('{"schema": "invest-in-lombardy.pipeline", "version": 9}', "version 9 is not supported"),
    ],
)
def test_a_file_of_another_kind_or_version_is_refused(tmp_path, content, message, db):
    path = tmp_path / "file.json"
    path.write_text(content)
    err = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_pipeline", str(path), stdout=StringIO(), stderr=err)
    assert message in str(refused.value) + err.getvalue()
