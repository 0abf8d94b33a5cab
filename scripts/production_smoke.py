"""The README's production path, run for real: CI calls it after the tests (see .ci/run).

collectstatic, migrate, the demo content and both search indexes under config.settings.production,
on a database of its own next to the test database (DATABASE_URL's server, database `lombardy_prod`),
then gunicorn on a loopback port and one request to a live page of every page type in both locales,
the admin login, the API, /healthz and a hashed static file. Exits non-zero with the list of what
did not answer 200 (or, for the static file, without far-future cache headers).

Requests carry `X-Forwarded-Proto: https`, as the load balancer in front of the app servers sends it,
so production's HTTPS redirect stays on.
"""
# ruff: noqa: S603, S310 - fixed commands from this file, requests to the loopback server it starts

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
GUNICORN = PYTHON.with_name("gunicorn")

DISCOVER = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from wagtail.models import Page
pages = {}
for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"):
    key = f"{page.specific_class.__name__} ({page.locale.language_code})"
    if key not in pages and (url := page.get_url()):
        pages[key] = url
print(json.dumps({"pages": pages, "static": staticfiles_storage.url("css/site.css")}))
"""


STARTED = time.monotonic()


def step(title):
    print(f"== smoke [{time.monotonic() - STARTED:5.1f}s] {title}", flush=True)


def create_database(url, name):
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def manage(env, *args):
    subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers
    except OSError as error:
        return f"no answer ({error})", {}


def main():
    for variable in ("DATABASE_URL", "ELASTICSEARCH_URL", "CI_S3_BUCKET", "AWS_S3_ENDPOINT_URL"):
        if not os.environ.get(variable):
            sys.exit(f"production smoke: {variable} is not set (source .ci/services.sh first)")
    static_root = tempfile.mkdtemp(prefix="lombardy-static-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=static_root,
        AWS_STORAGE_BUCKET_NAME=os.environ["CI_S3_BUCKET"],
        ELASTICSEARCH_INDEX_PREFIX="smoke",
        LOG_LEVEL="WARNING",
    )
    step("collectstatic")
    manage(env, "collectstatic", "--no-input")
    step("migrate on a database of its own")
    env["DATABASE_URL"] = create_database(os.environ["DATABASE_URL"], "lombardy_prod")
    manage(env, "migrate", "--no-input")
    step("load_demo_content")
    manage(env, "load_demo_content")
    step("update_index and rebuild on Elasticsearch")
    manage(env, "update_index")
    manage(env, "rebuild")
    found = json.loads(
        subprocess.run(
            [str(PYTHON), "manage.py", "shell", "-c", DISCOVER], cwd=ROOT, env=env, check=True, capture_output=True
        )
        .stdout.decode()
        .strip()
        .splitlines()[-1]
    )

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    step(f"gunicorn config.wsgi on {base}")
    log = open(Path(static_root) / "gunicorn.log", "wb")  # noqa: SIM115 - read back on failure
    server = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            if fetch(f"{base}/healthz")[0] in (200, 503) or server.poll() is not None:
                break
            time.sleep(0.3)
        targets = {**found["pages"], "admin login": "/admin/login/", "API pages": "/api/v2/pages/"}
        targets.update({"health": "/healthz", "static file": found["static"]})
        failures = []
        for name, path in targets.items():
            status, headers = fetch(base + path)
            cache = headers.get("Cache-Control", "")
            ok = status == 200 and (name != "static file" or ("max-age=315360000" in cache and "immutable" in cache))
            shown = f" {cache}" if name == "static file" else ""
            print(f"  {'ok  ' if ok else 'FAIL'} {status} {path}  [{name}]{shown}")
            if not ok:
                failures.append(f"{name}: {path} -> {status} {cache}")
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
    step(f"{len(targets)} addresses fetched, {len(failures)} failed")
    if failures:
        print((Path(static_root) / "gunicorn.log").read_text(errors="replace")[-5000:])
        sys.exit("production smoke failed:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
