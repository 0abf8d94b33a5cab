"""Real app processes for deployment tests: gunicorn on a loopback port with production settings."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(**overrides):
    """The environment of a production process on loopback, without the test run's Django settings."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=overrides.pop("DJANGO_SECRET_KEY", secrets.token_urlsafe(64)),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain HTTP on loopback: no load balancer terminates TLS here.
        DJANGO_SECURE_SSL_REDIRECT="false",
        PYTHONUNBUFFERED="1",
    )
    environment.update(overrides)
    return environment


def manage(*args, env, timeout=300):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def create_database(url, name):
    """A fresh database `name` on the PostgreSQL server of `url`; returns its URL."""
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def drop_database(url):
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


class Worker:
    """`manage.py db_worker` as production runs it (deploy/systemd/lombardy-worker.service)."""

    def __init__(self, env, log_path):
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.5", "--no-startup-delay"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT)

    def log(self):
        self._log.flush()
        return Path(self.log_path).read_text(errors="replace")[-6000:]

    def stop(self):
        _stop(self.process)
        self._log.close()


def _stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class AppServer:
    """One gunicorn process (with its workers), stopped by `stop()` or at the end of a `with` block."""

    def __init__(self, env, log_path, workers=2, threads=1):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        command = [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers)]
        command += ["--threads", str(threads), "--timeout", "60", "--graceful-timeout", "5"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_until_ready()

    def _wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()
                raise AssertionError(f"gunicorn exited at start-up:\n{self.log()}")
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=5)  # noqa: S310 - loopback only
                return
            except urllib.error.HTTPError:
                return  # it answers: /healthz says 503 only when the database is down
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise AssertionError(f"gunicorn did not answer within {timeout}s:\n{self.log()}")

    def log(self):
        self._log.flush()
        return Path(self.log_path).read_text(errors="replace")[-6000:]

    def stop(self):
        _stop(self.process)
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
