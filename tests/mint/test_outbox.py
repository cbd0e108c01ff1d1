"""Every mail waits in the outbox until the mail server takes it: a refused server
costs a later try (1, 2, 4 … minutes, then hourly), never the page or task sending it;
after the last try the mail is marked as not delivered; old mails are deleted."""

import datetime
import email

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.utils import timezone

from events import retention
from mint import outbox
from mint.models import OutgoingMail

from .mail_servers import UNREACHABLE

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
MINUTE = datetime.timedelta(minutes=1)


class SecondRun(LocmemBackend):
    """A server that takes its time: meanwhile another `deliver_mail` run starts."""

    def send_messages(self, email_messages):
        SecondRun.second_run = outbox.deliver_due(timezone.now() + 10 * MINUTE)
        return super().send_messages(email_messages)


@pytest.fixture
def server_down(settings):
    settings.MINT_DELIVERY_EMAIL_BACKEND = UNREACHABLE
    yield settings
    settings.MINT_DELIVERY_EMAIL_BACKEND = LOCMEM


def a_message(to="anna@example.org"):
    message = EmailMessage("Anmeldung bestätigt", "Hallo Anna,\nbis bald.\n", to=[to])
    message.attach("ticket.txt", "MINT-TICKET:42", "text/plain")
    return message


def test_a_mail_the_server_takes_is_kept_as_sent():
    assert a_message().send() == 1
    [sent] = mail.outbox
    assert sent.subject == "Anmeldung bestätigt"
    stored = OutgoingMail.objects.get()
    assert stored.status == OutgoingMail.Status.SENT
    assert stored.attempts == 1 and stored.sent_at is not None
    assert stored.recipient_list == ["anna@example.org"]


def test_a_refused_mail_does_not_fail_the_sender_and_waits_a_minute(server_down):
    before = timezone.now()
    assert a_message().send() == 1  # no ConnectionRefusedError for the caller
    assert mail.outbox == []
    stored = OutgoingMail.objects.get()
    assert stored.status == OutgoingMail.Status.QUEUED
    assert stored.attempts == 1
    assert stored.last_error.startswith("ConnectionRefusedError")
    assert before + MINUTE <= stored.next_attempt_at <= timezone.now() + MINUTE


def test_the_waits_double_up_to_an_hour():
    waits = [outbox.backoff(attempts) for attempts in range(1, 10)]
    minutes = [int(wait.total_seconds() // 60) for wait in waits]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_the_attempts_cover_about_a_day(settings):
    waits = sum(
        (outbox.backoff(n) for n in range(1, settings.MINT_MAIL_MAX_ATTEMPTS)),
        datetime.timedelta(),
    )
    assert datetime.timedelta(hours=23) <= waits <= datetime.timedelta(hours=25)


def test_once_the_server_is_back_the_mail_arrives_once_and_unchanged(server_down):
    a_message().send()
    stored = OutgoingMail.objects.get()
    assert (
        outbox.deliver_due(stored.next_attempt_at - datetime.timedelta(seconds=1))[
            "sent"
        ]
        == 0
    )  # not before its time
    server_down.MINT_DELIVERY_EMAIL_BACKEND = LOCMEM

    outbox.deliver_due(stored.next_attempt_at)
    outbox.deliver_due(stored.next_attempt_at + 10 * MINUTE)

    [sent] = mail.outbox
    assert sent.message().as_bytes() == bytes(stored.message)
    parsed = email.message_from_bytes(sent.message().as_bytes())
    assert [part.get_filename() for part in parsed.walk()][-1] == "ticket.txt"
    stored.refresh_from_db()
    assert stored.status == OutgoingMail.Status.SENT
    assert stored.attempts == 2


def test_a_mail_being_sent_is_not_sent_again_by_a_second_run(server_down):
    a_message().send()
    server_down.MINT_DELIVERY_EMAIL_BACKEND = "tests.mint.test_outbox.SecondRun"
    outbox.deliver_due(timezone.now() + 2 * MINUTE)
    assert SecondRun.second_run["sent"] == 0
    assert len(mail.outbox) == 1


def test_after_the_last_attempt_the_mail_is_marked_not_delivered(server_down):
    server_down.MINT_MAIL_MAX_ATTEMPTS = 3
    a_message().send()
    stored = OutgoingMail.objects.get()
    for _retry in range(2):
        outbox.deliver_due(stored.next_attempt_at)
        stored.refresh_from_db()
    assert stored.status == OutgoingMail.Status.FAILED
    assert stored.attempts == 3 and stored.next_attempt_at is None

    server_down.MINT_DELIVERY_EMAIL_BACKEND = LOCMEM
    outbox.deliver_due(timezone.now() + datetime.timedelta(days=2))
    assert mail.outbox == []  # given up: only staff send it again


def test_deliver_mail_command_sends_what_is_due(server_down, capsys):
    a_message().send()
    server_down.MINT_DELIVERY_EMAIL_BACKEND = LOCMEM
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    call_command("deliver_mail")
    assert len(mail.outbox) == 1
    assert "sent 1" in capsys.readouterr().out


def test_sent_and_given_up_mails_are_deleted_after_30_days(server_down):
    a_message("sent@example.org").send()
    a_message("failed@example.org").send()
    a_message("waiting@example.org").send()
    OutgoingMail.objects.filter(recipients="sent@example.org").update(
        status=OutgoingMail.Status.SENT
    )
    OutgoingMail.objects.filter(recipients="failed@example.org").update(
        status=OutgoingMail.Status.FAILED
    )
    now = timezone.now()

    assert (
        retention.purge_past(now + datetime.timedelta(days=29))["outgoing_mails"] == 0
    )
    cleared = retention.purge_past(now + datetime.timedelta(days=31))

    assert cleared["outgoing_mails"] == 2
    assert list(OutgoingMail.objects.values_list("recipients", flat=True)) == [
        "waiting@example.org"
    ]
