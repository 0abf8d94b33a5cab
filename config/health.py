"""/healthz: is each part of the site ok, degraded or down, in JSON, for monitors and load balancers.

The database is the only part the site cannot live without (HTTP 503 when it is down). A
search engine, file storage or background work that fails makes the site degraded, never down:
pages still render, search answers from the database, e-mails wait in the outbox.
"""

import time
import uuid

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

OK, DEGRADED, DOWN = "ok", "degraded", "down"


def _timed(check):
    start = time.perf_counter()
    facts = {}
    try:
        status, detail, *more = check()
        facts = more[0] if more else {}
    except Exception as error:  # a health check reports failures, it never raises them
        status, detail = DOWN, f"{type(error).__name__}: {error}"[:300]
    return {"status": status, "detail": detail, **facts, "ms": round((time.perf_counter() - start) * 1000, 1)}


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return OK, connection.vendor


def check_search():
    if not settings.ELASTICSEARCH_URL:
        return OK, "database backend"
    from search.cluster import breaker, get_client
    from search.models import PendingIndexUpdate

    health = get_client().cluster.health(timeout="1s")["status"]
    detail = f"elasticsearch cluster {health}"
    waiting = PendingIndexUpdate.objects.count()
    if waiting:
        detail += f"; {waiting} catalogue index update(s) waiting"
    if breaker.is_open:
        return DEGRADED, detail + "; searches skip it for a cool-down after repeated failures"
    return (OK if health in ("green", "yellow") else DEGRADED), detail


def check_storage():
    # exists() of a name that cannot be there is the cheapest round trip every backend offers.
    default_storage.exists(f"healthz/{uuid.uuid4().hex}")
    return OK, type(default_storage._wrapped).__name__ if hasattr(default_storage, "_wrapped") else "storage"


def check_jobs():
    """The worker's and the scheduler's last heartbeat, the tasks waiting for the worker, e-mails not yet sent."""
    from jobs.status import summary

    facts = summary()
    max_age = settings.JOBS_HEARTBEAT_MAX_AGE
    problems = []
    if facts["runs_in"] == "worker":
        age = facts["worker_seconds_since_heartbeat"]
        if age is None or age > max_age:
            problems.append("worker not seen" + ("" if age is None else f" for {age} s"))
    age = facts["scheduler_seconds_since_run"]
    if facts["runs_in"] == "worker" and (age is None or age > max_age):
        problems.append("scheduler not run" + ("" if age is None else f" for {age} s"))
    if facts["emails_given_up"]:
        problems.append(f"{facts['emails_given_up']} e-mail(s) given up, listed in the admin")
    where = "tasks run in the worker" if facts["runs_in"] == "worker" else "tasks run in the request"
    return (DEGRADED if problems else OK), "; ".join([where, *problems]), facts


CHECKS = {"database": check_database, "search": check_search, "storage": check_storage, "jobs": check_jobs}


@never_cache
def healthz(request):
    parts = {name: _timed(check) for name, check in CHECKS.items()}
    if parts["database"]["status"] == DOWN:
        overall = DOWN
    elif any(part["status"] != OK for part in parts.values()):
        overall = DEGRADED
    else:
        overall = OK
    # Optional parts that fail degrade the site; they do not take it down.
    for name in ("search", "storage", "jobs"):
        if parts[name]["status"] == DOWN:
            parts[name]["status"] = DEGRADED if overall != DOWN else DOWN
    return JsonResponse({"status": overall, **parts}, status=503 if overall == DOWN else 200)
