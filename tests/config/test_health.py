"""/healthz reports each part; a failing search engine or storage degrades the site, never downs it."""

import os
import socket

import pytest
from django.test import override_settings

from tests.conftest import require_service

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # released on close: nothing listens there


@override_settings(ELASTICSEARCH_URL="")
def test_everything_ok_on_the_embedded_default(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["search"] == {**body["search"], "status": "ok", "detail": "database backend"}
    assert response["Cache-Control"].startswith("max-age=0")


def test_live_elasticsearch_is_reported_ok(client):
    require_service("ELASTICSEARCH_URL", "needs a running cluster")
    with override_settings(ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"]):
        body = client.get("/healthz").json()
    assert body["search"]["status"] == "ok"
    assert body["search"]["detail"].startswith("elasticsearch cluster")


def test_unreachable_elasticsearch_degrades_but_answers_fast(client):
    with override_settings(ELASTICSEARCH_URL=f"http://127.0.0.1:{closed_port()}"):
        response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["search"]["status"] == "degraded"
    assert body["search"]["ms"] < 3000


def test_unreachable_storage_degrades(client, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "nowhere")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", f"http://127.0.0.1:{closed_port()}")
    from config.settings.base import env, s3_storage_backend

    monkeypatch.setenv("AWS_S3_CONNECT_TIMEOUT", "0.5")
    backend = s3_storage_backend(env)
    with override_settings(
        STORAGES={
            "default": backend,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        body = client.get("/healthz").json()
    assert body["status"] == "degraded"
    assert body["storage"]["status"] == "degraded"
    assert body["database"]["status"] == "ok"
