"""The django-tasks task of this app: run by the worker with the database backend, inline otherwise."""

from django_tasks import task

from webhooks import delivery


@task()
def deliver_task(delivery_id):
    delivery.deliver(delivery_id)
