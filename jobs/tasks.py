"""The django-tasks tasks of this app: run by the worker with the database backend, inline otherwise."""

from django_tasks import task

from jobs import mail, status


@task()
def deliver_message_task(message_id):
    mail.deliver(message_id)


@task()
def heartbeat_task():
    """Enqueued by each scheduler run: the worker's heartbeat is the time it last ran one."""
    status.beat(status.WORKER)
