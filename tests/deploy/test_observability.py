"""Production logs are JSON lines that carry the id each response sends back in X-Request-ID."""

import json
import sys
import urllib.error
import urllib.request

from tests.deploy.servers import ROOT, AppServer, production_env


def get(url, **headers):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as response:  # noqa: S310
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def json_lines(text):
    lines = []
    for line in text.splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


def test_a_missing_page_is_logged_as_json_with_the_id_the_response_carries(sqlite_file, static_root, tmp_path):
    env = production_env(DATABASE_URL=f"sqlite:///{sqlite_file}", STATIC_ROOT=str(static_root))
    with AppServer(env, tmp_path / "gunicorn.log", workers=1) as server:
        # Without a trusted proxy a visitor cannot choose the id of their own log lines.
        status, headers = get(f"{server.url}/en/no-such-page/", **{"X-Request-ID": "chosen-by-visitor"})
        log = server.log()
    assert status == 404
    request_id = headers["X-Request-ID"]
    assert request_id and request_id != "chosen-by-visitor"
    not_found = [line for line in json_lines(log) if line.get("logger") == "django.request"]
    assert not_found, log
    assert not_found[0]["request_id"] == request_id
    assert not_found[0]["level"] == "WARNING"
    assert "/en/no-such-page/" in not_found[0]["message"]


def test_behind_a_trusted_proxy_its_request_id_is_kept(tmp_path):
    import subprocess

    script = (
        "from django.test import Client; "
        "r = Client(HTTP_HOST='127.0.0.1').get('/healthz', HTTP_X_REQUEST_ID='lb-4711'); "
        "print(r['X-Request-ID'])"
    )
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}", TRUSTED_PROXY_COUNT="1")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip().splitlines()[-1] == "lb-4711", result.stderr
