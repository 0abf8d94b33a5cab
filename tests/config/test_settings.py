"""Production settings refuse to start insecurely; every response carries the security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "x7Qp-" + "".join(chr(65 + (i * 7) % 26) + str(i % 10) for i in range(40))


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is missing" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", DJANGO_SECRET_KEY="short", DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is missing or shorter than 50 characters" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", DJANGO_SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is missing" in result.stderr


def test_deploy_check_reports_nothing_in_production():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_ALLOWED_HOSTS="www.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_stays_clean_with_sentry_and_a_trusted_proxy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_ALLOWED_HOSTS="www.example.org",
        SENTRY_DSN="https://public@sentry.example/1",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_sentry_reports_only_when_a_dsn_is_set_and_never_personal_data():
    script = "import sentry_sdk; c = sentry_sdk.get_client(); print(c.is_active(), c.options['send_default_pii'])"
    keys = {"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_ALLOWED_HOSTS": "www.example.org"}
    with_dsn = run_manage("shell", "-c", script, SENTRY_DSN="https://public@sentry.example/1", **keys)
    without = run_manage("shell", "-c", script, **keys)
    assert with_dsn.stdout.split()[-2:] == ["True", "False"], with_dsn.stderr
    assert without.stdout.split()[-2] == "False", without.stderr


@pytest.fixture
def page_with_every_block(site_tree):
    """A page in both languages holding every block of the body, as editors' previews show it, with a real image."""
    import wagtail_factories

    from home.blocks import BodyStreamBlock
    from tests.factories import StandardPageFactory, translate

    stream = BodyStreamBlock()
    body = stream.get_prep_value(
        stream.to_python(
            [
                {"type": name, "value": child.get_prep_value(child.get_preview_value())}
                for name, child in stream.child_blocks.items()
            ]
        )
    )
    image = wagtail_factories.ImageFactory()
    for block in body:
        if block["type"] == "image":
            block["value"]["image"] = {"image": image.pk, "decorative": False, "alt_text": "Test image"}
    page = StandardPageFactory(parent=site_tree.en, slug="every-block", intro="Test intro", body=body)
    return page, translate(page, slug="ogni-blocco")


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client, site_tree):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client, page_with_every_block):
    import re

    english, italian = page_with_every_block
    for url in ("/en/", "/it/", english.url, italian.url):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag or 'type="application/ld+json"' in tag, tag
        assert " style=" not in html, url
    every_block = client.get(english.url).content.decode()
    assert 'alt="Test image"' in every_block and "Frequently asked questions" in every_block
