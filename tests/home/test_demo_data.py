"""The demo loader's YAML reader: a broken data file stops the load with a message naming file and key."""

from unittest import mock

import pytest

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
    from pathlib import Path

    from django.apps import apps

    files = [(c.label, f.stem) for c in apps.get_app_configs() for f in (Path(c.path) / "demo").glob("*.yaml")]
    assert len(files) >= 4
    for label, name in files:
        data.demo_data(label, name)
