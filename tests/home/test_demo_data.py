"""The demo loader's YAML reader: a broken data file stops the load with a message naming file and key."""

import ast
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings

from home.demo import data


@pytest.fixture
def app_with_demo(tmp_path):
    (tmp_path / "demo").mkdir()
    config = mock.Mock(path=str(tmp_path))
    data.demo_data.cache_clear()
    with mock.patch.object(data.apps, "get_app_config", return_value=config):
        yield tmp_path / "demo"
    data.demo_data.cache_clear()


def test_a_missing_language_is_reported_with_file_and_key(app_with_demo):
    (app_with_demo / "pages.yaml").write_text("pages:\n- title: {en: About us}\n", encoding="utf-8")
    with pytest.raises(data.DemoDataError, match=r"pages\.yaml: pages\[0\]\.title: .*missing: it"):
        data.demo_data("someapp", "pages")


def test_malformed_yaml_is_reported_with_file(app_with_demo):
    (app_with_demo / "pages.yaml").write_text("pages: [unclosed\n", encoding="utf-8")
    with pytest.raises(data.DemoDataError, match=r"pages\.yaml: cannot be read as YAML"):
        data.demo_data("someapp", "pages")


def test_localized_picks_one_language_and_resolves_images(app_with_demo):
    (app_with_demo / "page.yaml").write_text(
        "slug: privacy\ntitle: {en: Privacy notice, it: Informativa sulla privacy}\nimage: !image po-plain\n",
        encoding="utf-8",
    )
    page = data.demo_data("someapp", "page")
    assert data.localized(page, "it", images={"po-plain": 7}) == {
        "slug": "privacy",
        "title": "Informativa sulla privacy",
        "image": 7,
    }


def test_every_demo_file_of_the_project_has_both_languages():
    from django.apps import apps

    files = [(c.label, f.stem) for c in apps.get_app_configs() for f in (Path(c.path) / "demo").glob("*.yaml")]
    assert {label for label, _name in files} >= {
        "home",
        "leads",
        "sectors",
        "stories",
        "territories",
        "news",
        "opportunities",
    }
    for label, name in files:
        data.demo_data(label, name)


def _sentences(path):
    """String literals of three words or more in a Python file, except docstrings, log lines and errors."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node) is not None:
            exempt.add(id(node.body[0].value))
        is_log = isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "log"
        if is_log or isinstance(node, ast.Raise):
            exempt.update(id(sub) for sub in ast.walk(node))
    return [
        f"{path}:{node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in exempt
        and len(node.value.split()) >= 3
    ]


def test_no_demo_sentence_is_left_in_python():
    """Demo text lives in the YAML files (issue 16): editing a sentence never means editing code."""
    root = Path(settings.BASE_DIR)
    # The apps' demo loaders; tests/demo/ holds the tests of the demo, which quote its sentences on purpose.
    modules = sorted(path for path in root.glob("*/demo/*.py") if path.parent.parent.name != "tests")
    assert {path.parent.parent.name for path in modules} >= {"home", "sectors", "territories", "news", "opportunities"}
    assert [line for path in modules for line in _sentences(path)] == []


def test_the_sentence_check_finds_a_sentence(tmp_path):
    module = tmp_path / "loader.py"
    module.write_text('"""Docstring of three words."""\nNOTE = {"en": "Seat to be verified."}\n', encoding="utf-8")
    assert _sentences(module) == [f"{module}:2: 'Seat to be verified.'"]
