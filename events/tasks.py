"""Background work: thin wrappers that load by primary key and call the module doing it."""

from django_tasks import task

from . import emails, retention, visit_emails


@task()
def send_registration_mail(registration_id: int, kind: str, session_id: int = None):
    emails.send_registration_mail(registration_id, kind, session_id)


@task()
def send_booking_mail(booking_id: int, kind: str):
    visit_emails.send_booking_mail(booking_id, kind)


@task()
def purge_past_data():
    """Returns {what: rows cleared}, kept with the task's result."""
    return retention.purge_past()
