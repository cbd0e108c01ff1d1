"""The outside review's case: the mail server is down while a parent registers a child,
someone signs up and someone asks for a new password. Every page answers as usual;
once the server is back, `deliver_mail` sends every one of those mails, once each."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from mint.models import OutgoingMail
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    UserFactory,
)

from .mail_servers import SmtpSink

pytestmark = pytest.mark.django_db


@pytest.fixture
def sink(settings):
    """Our mail server on loopback, with the site's SMTP pointed at it."""
    server = SmtpSink()
    server.start()
    settings.MINT_DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


def test_mails_sent_while_the_server_is_down_all_arrive_once_it_is_back(
    client, catalogue, sink, django_capture_on_commit_callbacks, monkeypatch
):
    parent = UserFactory(email="jana@example.org")
    child = ParticipantFactory(
        guardian=parent,
        first_name="Ema",
        birth_date=timezone.localdate() - datetime.timedelta(days=8 * 365),
    )
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, age_min=6, age_max=10),
        capacity=5,
        sessions__days=14,
    )
    UserFactory(email="vergessen@example.org")
    sink.stop()

    client.force_login(parent)
    with django_capture_on_commit_callbacks(execute=True):
        registered = client.post(
            reverse("events:register", args=[event.pk]), {"participants": [child.pk]}
        )
    client.logout()
    signed_up = client.post(
        "/de/accounts/signup/",
        {
            "email": "neu@example.org",
            "password1": "Sonnen-Uhr-2026",
            "password2": "Sonnen-Uhr-2026",
        },
    )
    client.logout()
    reset = client.post(
        "/de/accounts/password/reset/", {"email": "vergessen@example.org"}
    )

    assert [registered.status_code, signed_up.status_code, reset.status_code] == [
        302,
        302,
        302,
    ]
    waiting = OutgoingMail.objects.filter(status=OutgoingMail.Status.QUEUED)
    assert waiting.count() == 3
    assert sink.received == []

    sink.start()
    later = timezone.now() + datetime.timedelta(minutes=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("deliver_mail")
    call_command("deliver_mail")

    assert sorted(recipients for recipients, _message in sink.received) == [
        ["jana@example.org"],
        ["neu@example.org"],
        ["vergessen@example.org"],
    ]
    assert not waiting.exists()
    [(_to, confirmation)] = [m for m in sink.received if m[0] == ["jana@example.org"]]
    kinds = {part.get_content_type() for part in confirmation.walk()}
    assert {"text/plain", "text/html", "text/calendar", "image/png"} <= kinds
