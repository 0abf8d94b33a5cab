"""Scale-out, shown: two app servers and one worker on one PostgreSQL, Elasticsearch, Redis and S3.

Everything goes through real HTTP, as a load balancer would spread one visitor's requests: a page
published through app A's admin shows on app B at once (menus are cached in the shared cache and
purged), a lead posted to B is e-mailed exactly once by the worker, a signed booklet link made by A
opens on B, and a session made on A is known to B.
"""
# ruff: noqa: S310 - requests to the loopback app servers and the CI services

import json
import os
import time
import urllib.request
import uuid
from urllib.parse import urlsplit

import pytest

from tests.conftest import require_service
from tests.deploy.minimal_site import DRAFT_TITLE, MODERATOR_PASSWORD
from tests.deploy.servers import AppServer, Worker, create_database, drop_database, manage, production_env
from tests.deploy.visitor import Visitor

pytestmark = [pytest.mark.postgresql, pytest.mark.elasticsearch, pytest.mark.redis]

# A database, an index prefix and a Redis database of its own, beside those of the test run.
DATABASE = "lombardy_scaleout"
REDIS_DB = 5


@pytest.fixture
def services():
    require_service("DATABASE_URL", "the scale-out test needs a PostgreSQL server")
    require_service("ELASTICSEARCH_URL", "the scale-out test needs a running cluster")
    require_service("REDIS_URL", "the app servers share their cache through Redis")
    require_service("CI_S3_BUCKET", "the app servers share their files through S3 (moto in CI)")
    if not os.environ["DATABASE_URL"].startswith("postgres"):
        pytest.fail("DATABASE_URL must point at PostgreSQL for the scale-out test", pytrace=False)


@pytest.fixture
def cluster(services, static_root, tmp_path):
    """Migrated database and minimal site, then app servers A and B and one worker, all stopped after."""
    prefix = f"scaleout{uuid.uuid4().hex[:8]}"
    env = production_env(
        DATABASE_URL=create_database(os.environ["DATABASE_URL"], DATABASE),
        REDIS_URL=_redis_db(os.environ["REDIS_URL"], REDIS_DB),
        AWS_STORAGE_BUCKET_NAME=os.environ["CI_S3_BUCKET"],
        ELASTICSEARCH_INDEX_PREFIX=prefix,
        STATIC_ROOT=str(static_root),
        EMAIL_URL=f"filemail:///{tmp_path / 'mail'}",
        LEADS_NOTIFY_EMAILS="desk@investinlombardy.example",
        LOG_LEVEL="WARNING",
    )
    started = []
    try:
        manage("migrate", "--no-input", env=env, timeout=900)
        site = json.loads(
            manage("shell", "-c", "from tests.deploy.minimal_site import build; build()", env=env).splitlines()[-1]
        )
        manage("shell", "-c", "from django.core.cache import cache; cache.clear()", env=env)
        for name in ("a", "b"):
            started.append(AppServer(env, tmp_path / f"gunicorn-{name}.log", workers=2))
        started.append(Worker(env, tmp_path / "worker.log"))
        yield {"a": started[0], "b": started[1], "worker": started[2], "site": site, "mail": tmp_path / "mail"}
    finally:
        for process in started:
            process.stop()
        _delete_indexes(os.environ["ELASTICSEARCH_URL"], prefix)
        drop_database(env["DATABASE_URL"])


def _redis_db(url, number):
    return urlsplit(url)._replace(path=f"/{number}").geturl()


def _delete_indexes(es_url, prefix):
    request = urllib.request.Request(f"{es_url}/_cat/indices/{prefix}*?format=json&h=index")
    with urllib.request.urlopen(request, timeout=10) as response:
        names = [row["index"] for row in json.load(response)]
    for name in names:
        urllib.request.urlopen(urllib.request.Request(f"{es_url}/{name}", method="DELETE"), timeout=10)


def test_two_app_servers_and_a_worker_behave_as_one_site(cluster):
    a, b, site = cluster["a"], cluster["b"], cluster["site"]
    visitor, moderator = Visitor(), Visitor()
    # Each lead names its own company, the one mark of it in the desk's notification.
    run = uuid.uuid4().hex[:8]
    booklet_company, contact_company = f"Booklet reader {run}", f"Contact writer {run}"

    # The forms are opened first: their anti-bot token must be two seconds old when they are sent.
    contact_form = visitor.get(b.url + site["contact_url"])
    booklet_form = visitor.get(a.url + site["booklet_url"])
    assert contact_form.status == booklet_form.status == 200
    forms_opened = time.monotonic()

    # B renders the menu before the publication, so the shared cache holds it with the old title.
    assert ">Why Lombardy</a>" in visitor.get(b.url + "/en/").text

    # A moderator (no second factor for that group) signs in on A and publishes the draft there.
    moderator.get(a.url + "/admin/login/")
    signed_in = moderator.post(a.url + "/admin/login/", {"username": "moderator", "password": MODERATOR_PASSWORD})
    assert signed_in.status == 302, signed_in.text[:2000]
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={site['menu_page']}"
    assert moderator.get(a.url + publish).status == 200
    published = moderator.post(a.url + publish, {})
    assert published.status == 302, published.text[:2000]

    # The session made on A is B's too: the admin opens there without a new sign-in.
    dashboard = moderator.get(b.url + "/admin/")
    assert dashboard.status == 200, dashboard.headers
    assert "moderator" in dashboard.text

    # B shows the new title at once: its cached menu was purged by A's publication.
    home_on_b = visitor.get(b.url + "/en/").text
    assert f">{DRAFT_TITLE}</a>" in home_on_b
    assert ">Why Lombardy</a>" not in home_on_b

    time.sleep(max(0, 2.2 - (time.monotonic() - forms_opened)))

    # The booklet link made by A opens on B, and B hands over the file from the shared storage.
    gate = visitor.post(a.url + site["booklet_url"], _booklet_data(booklet_form, site, booklet_company))
    assert gate.status == 302, gate.text[:3000]
    ready_path = gate.headers["Location"]
    assert visitor.get(b.url + ready_path).status == 200
    download = visitor.get(b.url + ready_path.replace("/ready/", "/download/"))
    assert download.status == 302, download.text[:2000]
    with urllib.request.urlopen(download.headers["Location"], timeout=10) as pdf:
        assert pdf.read().startswith(b"%PDF")

    # A lead posted to B is e-mailed to the desk once by the worker, however long we wait.
    sent = visitor.post(b.url + site["contact_url"], _contact_data(contact_form, site, contact_company))
    assert sent.status == 302, sent.text[:3000]
    assert _wait_for_messages(cluster["mail"], contact_company, cluster["worker"]) == 1
    time.sleep(3)
    assert _messages_about(cluster["mail"], contact_company) == 1


def _profile(form, site, company):
    return {
        "name": "Ada Lovelace",
        "email": f"{company.replace(' ', '.').lower()}@analytical.example",
        "company": company,
        "role": "Head of expansion",
        "country": site["country"],
        "website": "",
        "form_started": form.form_value("form_started"),
    }


def _booklet_data(form, site, company):
    data = {"company_size": "50-249", "stage": "shortlisting", "sector": site["sector"], "consent_download": "on"}
    return {**_profile(form, site, company), **data}


def _contact_data(form, site, company):
    data = {"service": "site_search", "description": "A plant near Milan.", "timeline": "6-12", "consent_contact": "on"}
    return {**_profile(form, site, company), **data}


def _messages_about(folder, marker):
    """Messages the file backend wrote (one file per connection, messages separated by a rule)."""
    if not folder.exists():
        return 0
    messages = [m for path in folder.iterdir() for m in path.read_text(errors="replace").split("-" * 79)]
    return sum(1 for m in messages if marker in m and "desk@investinlombardy.example" in m)


def _wait_for_messages(folder, marker, worker, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if count := _messages_about(folder, marker):
            return count
        time.sleep(0.3)
    raise AssertionError(f"the worker sent nothing about {marker} within {timeout}s:\n{worker.log()}")
