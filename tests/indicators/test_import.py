"""The CSV import reports every bad row by line, commits nothing from a broken file, and is idempotent."""

import pytest
from django.core.management import CommandError, call_command

from indicators.models import IndicatorValue
from tests.factories import locales
from tests.indicators.factories import IndicatorFactory

pytestmark = pytest.mark.django_db

HEADER = "indicator,territory,year,date,value,source,dataset,url,note,approximate\n"
GOOD_2 = "exports,BG,2023,,20763,ISTAT,,https://stats.example/a,,\n"
BAD_3 = "exports,XX,2023,,1,ISTAT,,,,\n"
GOOD_4 = "exports,MI,2023,,57897.5,ISTAT,,https://stats.example/b,,yes\n"
BAD_5 = "exports,CO,2023,,lots,,,not a url,,\n"


@pytest.fixture
def csv_file(tmp_path, db):
    locales()
    IndicatorFactory(key="exports")
    path = tmp_path / "values.csv"
    path.write_text(HEADER + GOOD_2 + BAD_3 + GOOD_4 + BAD_5, encoding="utf-8")
    return path


def test_bad_rows_are_reported_by_line_and_nothing_is_committed(csv_file, capsys):
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_indicators", str(csv_file))
    errors = capsys.readouterr().err
    assert "line 3: Unknown territory code “XX”." in errors
    assert "line 5: The column “source” is empty." in errors
    assert "line 5: The value “lots” is not a number" in errors
    assert "line 5: The address “not a url” is not a web address." in errors
    assert "line 2" not in errors and "line 4" not in errors
    assert IndicatorValue.objects.count() == 0


def test_commit_valid_keeps_the_good_rows_and_a_second_run_changes_nothing(csv_file, capsys):
    call_command("import_indicators", str(csv_file), "--commit-valid")
    assert "2 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    milan = IndicatorValue.objects.get(territory="MI")
    assert (milan.year, str(milan.value), milan.approximate) == (2023, "57897.5000", True)
    call_command("import_indicators", str(csv_file), "--commit-valid")
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert IndicatorValue.objects.count() == 2


def test_a_changed_value_updates_the_stored_one(csv_file, capsys, tmp_path):
    call_command("import_indicators", str(csv_file), "--commit-valid")
    changed = tmp_path / "changed.csv"
    changed.write_text(HEADER + GOOD_2.replace("20763", "20800"), encoding="utf-8")
    call_command("import_indicators", str(changed))
    assert "0 created, 1 updated" in capsys.readouterr().out
    assert IndicatorValue.objects.get(territory="BG").value == 20800


def test_the_admin_upload_reports_the_same_lines(csv_file, admin_client):
    with csv_file.open("rb") as handle:
        response = admin_client.post("/admin/indicators/import/", {"file": handle})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported" in html
    assert "<td>3</td>" in html and "<td>5</td>" in html
    assert IndicatorValue.objects.count() == 0
