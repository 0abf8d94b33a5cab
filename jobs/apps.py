from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    """Background work: the e-mail outbox, the scheduler and the worker's heartbeat.

    The core layer: it imports no other project app; they call `jobs.mail.send` and name their
    commands in the JOB_SCHEDULE setting.
    """

    name = "jobs"
    verbose_name = _("Background jobs")
