"""Background work: thin wrappers that load by primary key and call the module doing it."""

from django_tasks import task

from . import emails, services


@task()
def send_certificate_mail(certificate_id: int):
    emails.send_certificate_mail(certificate_id)


@task()
def issue_for_event(run_id: int, bilingual: str = ""):
    services.run_issue(run_id, bilingual=bilingual)
