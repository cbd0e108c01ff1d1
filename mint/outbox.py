"""Every mail the site sends waits in the outbox (`OutgoingMail`) until a mail server
has taken it.

`EmailBackend` is the site's EMAIL_BACKEND, so our tasks' and allauth's `.send()` go
through here: each message is tried at once over MINT_DELIVERY_EMAIL_BACKEND (SMTP in
production) and kept with its outcome. A refused or unreachable server costs a retry
later, never the page or task that sent it: `deliver_due` (`manage.py deliver_mail`,
every minute) tries again after 1, 2, 4 … minutes, then hourly, until it goes out or
MINT_MAIL_MAX_ATTEMPTS were made; staff see what failed in the admin and `resend` it.
"""

import datetime
import email.message
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import MIMEMixin
from django.utils import timezone

from .models import OutgoingMail

logger = logging.getLogger(__name__)

# A refused, unreachable, timed-out or unwilling mail server: worth another try.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)
LONGEST_WAIT = datetime.timedelta(hours=1)
# A run that claimed a mail and died leaves it to a later run after this long.
CLAIM = datetime.timedelta(minutes=10)
OUTCOME = ["status", "attempts", "next_attempt_at", "last_error", "sent_at"]


class EmailBackend(BaseEmailBackend):
    """Keep each message in the outbox and try to deliver it at once."""

    def send_messages(self, email_messages):
        return len(send(list(email_messages)))


def send(messages, now=None) -> list[OutgoingMail]:
    """Try `messages` over one connection and keep each with its outcome. Faulty
    messages (bad headers) raise before anything is sent, as Django's backends do."""
    pairs = [
        (message, _outgoing(message)) for message in messages if message.recipients()
    ]
    _attempt(pairs, now or timezone.now())
    return OutgoingMail.objects.bulk_create([mail for _message, mail in pairs])


def deliver_due(now=None) -> dict[str, int]:
    """Retry the queued mails whose time has come; {outcome: how many}."""
    now = now or timezone.now()
    due = OutgoingMail.objects.filter(
        status=OutgoingMail.Status.QUEUED, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    claimed = [mail for mail in due if _claim(mail, now)]
    _attempt([(StoredMessage(mail), mail) for mail in claimed], now)
    for mail in claimed:
        mail.save(update_fields=OUTCOME)
    return {
        status: sum(mail.status == status for mail in claimed)
        for status in OutgoingMail.Status.values
    }


def resend(mail: OutgoingMail, now=None) -> OutgoingMail:
    """Queue a mail again with a fresh set of attempts, and try it at once."""
    now = now or timezone.now()
    mail.status = OutgoingMail.Status.QUEUED
    mail.attempts = 0
    _attempt([(StoredMessage(mail), mail)], now)
    mail.save(update_fields=OUTCOME)
    return mail


def forget_old(now=None) -> int:
    """Delete sent and given-up mails after MINT_OUTGOING_MAIL_DAYS: they name children
    and carry their tickets. Returns how many went."""
    before = (now or timezone.now()) - datetime.timedelta(
        days=settings.MINT_OUTGOING_MAIL_DAYS
    )
    deleted, _by_model = (
        OutgoingMail.objects.exclude(status=OutgoingMail.Status.QUEUED)
        .filter(created_at__lt=before)
        .delete()
    )
    return deleted


def backoff(attempts: int) -> datetime.timedelta:
    """The wait after the `attempts`-th failed try: 1, 2, 4 … minutes, at most an hour."""
    return min(datetime.timedelta(minutes=2 ** (attempts - 1)), LONGEST_WAIT)


class StoredMessage(EmailMessage):
    """A kept mail as a message Django's backends can send again, byte for byte."""

    def __init__(self, mail: OutgoingMail):
        super().__init__(
            subject=mail.subject, from_email=mail.sender, to=mail.recipient_list
        )
        self.raw = bytes(mail.message)

    def message(self):
        return email.message_from_bytes(self.raw, _class=_ParsedMessage)


class _ParsedMessage(MIMEMixin, email.message.Message):
    """Written out unchanged, with the line endings the backend asks for."""


def _outgoing(message) -> OutgoingMail:
    return OutgoingMail(
        subject=str(message.subject)[:255],
        sender=message.from_email,
        recipients="\n".join(message.recipients()),
        message=message.message().as_bytes(),
    )


def _attempt(pairs, now):
    """Send each (message, mail) over one connection and note the outcome on the mail."""
    if not pairs:
        return
    tried = 0
    try:
        with get_connection(settings.MINT_DELIVERY_EMAIL_BACKEND) as connection:
            for message, mail in pairs:
                try:
                    connection.send_messages([message])
                except DELIVERY_ERRORS as error:
                    _failed(mail, error, now)
                else:
                    _sent(mail, now)
                tried += 1
    except DELIVERY_ERRORS as error:  # no connection: the rest were not tried
        for _message, mail in pairs[tried:]:
            _failed(mail, error, now)


def _sent(mail, now):
    mail.attempts += 1
    mail.status = OutgoingMail.Status.SENT
    mail.sent_at = now
    mail.next_attempt_at = None


def _failed(mail, error, now):
    mail.attempts += 1
    mail.last_error = f"{type(error).__name__}: {error}"[:500]
    if mail.attempts >= settings.MINT_MAIL_MAX_ATTEMPTS:
        mail.status = OutgoingMail.Status.FAILED
        mail.next_attempt_at = None
        logger.error(
            "Mail given up after %s attempts: %s", mail.attempts, mail.last_error
        )
    else:
        mail.status = OutgoingMail.Status.QUEUED
        mail.next_attempt_at = now + backoff(mail.attempts)
        logger.warning("Mail not delivered, trying again later: %s", mail.last_error)


def _claim(mail, now) -> bool:
    """Only one run sends a due mail: it moves the mail's next attempt out of reach."""
    return bool(
        OutgoingMail.objects.filter(
            pk=mail.pk, status=OutgoingMail.Status.QUEUED, next_attempt_at__lte=now
        ).update(next_attempt_at=now + CLAIM)
    )
