"""Settings of the real worker and scheduler processes started by test_processes.py.

They share the test run's database (a file copy on SQLite, the test database itself on PostgreSQL),
queue tasks in it as production does, and write e-mails as files the test reads.
"""

import json
import os

from config.settings.test import *  # noqa: F403
from config.settings.test import DATABASES

DATABASES = {"default": {**DATABASES["default"], "NAME": os.environ["JOBS_TEST_DATABASE_NAME"]}}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["JOBS_TEST_MAIL_DIR"]
JOB_SCHEDULE = json.loads(os.environ.get("JOBS_TEST_SCHEDULE", "{}"))
