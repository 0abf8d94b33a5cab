"""The embedded SQLite default keeps every lead when several visitors send the form at once.

Real gunicorn processes (production settings) share one SQLite file, as a small single-server
installation does; six visitors each send fifteen contact requests at the same moment.
"""

import json
import sqlite3
import threading
import time
import urllib.error
import urllib.request

from tests.deploy.servers import AppServer, production_env

SUBMITTERS = 6
POSTS_EACH = 15


def request(url, data=None):
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(req, timeout=60) as response:  # noqa: S310 - loopback only
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")[:300]


def submitter(url, number, results):
    """One visitor's browser: opens fifteen forms, waits as a person would, then sends them all."""
    forms = [request(url)[1] for _ in range(POSTS_EACH)]
    country = next(f for f in forms[0]["fields"] if f["name"] == "country")["choices"][0]["value"]
    time.sleep(2.2)  # the forms refuse answers sent sooner than 2 s after they were shown
    for index, form in enumerate(forms):
        results.append(
            request(
                url,
                {
                    "name": "Grace Hopper",
                    "email": f"visitor{number}-{index}@compilers.example",
                    "company": "Compilers GmbH",
                    "role": "COO",
                    "country": country,
                    "service": "site_search",
                    "description": "A plant near Brescia.",
                    "timeline": "6-12",
                    "consent_contact": True,
                    "website": "",
                    "form_started": form["form_started"],
                },
            )
        )


def test_concurrent_contact_requests_on_sqlite_are_all_saved(sqlite_file, tmp_path):
    with sqlite3.connect(sqlite_file) as db:
        before = db.execute("SELECT COUNT(*) FROM leads_lead").fetchone()[0]
    env = production_env(
        DATABASE_URL=f"sqlite:///{sqlite_file}",
        # Every post comes from 127.0.0.1: the per-address limit would answer 429 long before 90.
        LEADS_RATE_LIMIT_PER_IP="1000",
    )
    results = []
    with AppServer(env, tmp_path / "gunicorn.log", workers=3, threads=2) as server:
        url = f"{server.url}/api/v2/leads/contact/"
        threads = [threading.Thread(target=submitter, args=(url, n, results)) for n in range(SUBMITTERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        log = server.log()

    failures = [(status, body) for status, body in results if status != 201]
    assert not failures, f"{len(failures)} of {len(results)} posts failed: {failures[:3]}\n{log}"
    with sqlite3.connect(sqlite_file) as db:
        saved = db.execute("SELECT COUNT(*) FROM leads_lead").fetchone()[0] - before
    assert saved == SUBMITTERS * POSTS_EACH
