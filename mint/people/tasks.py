"""Background work of the account area: thin wrappers around the modules doing it."""

from django_tasks import task

from . import emails


@task()
def send_invitation(invitation_id: int, language: str):
    emails.send_invitation(invitation_id, language)


@task()
def send_dormancy_warning(user_id: int):
    emails.send_dormancy_warning(user_id)
