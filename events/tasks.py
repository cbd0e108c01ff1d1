"""Background work: thin wrappers that load by primary key and call the module doing it."""

from django_tasks import task

from . import emails


@task()
def send_registration_mail(registration_id: int, kind: str):
    emails.send_registration_mail(registration_id, kind)
