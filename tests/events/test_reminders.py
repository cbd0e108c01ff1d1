"""A reminder goes out once before the first session, however often the job runs."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import Registration
from events.reminders import send_due_reminders
from tests.factories import CoursePageFactory, EventFactory, RegistrationFactory


@pytest.fixture
def soon(catalogue):
    event = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=1)
    event.refresh_from_db()
    return event


def test_confirmed_registrations_are_reminded_once(
    soon, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(event=soon)
    RegistrationFactory(event=soon, status=Registration.Status.WAITLISTED)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders() == 1
        assert send_due_reminders() == 0
    assert [m.to for m in mail.outbox] == [[registration.participant.guardian.email]]


def test_events_further_ahead_wait_for_their_turn(catalogue):
    later = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=5)
    RegistrationFactory(event=later)
    assert send_due_reminders() == 0
    assert send_due_reminders(now=timezone.now() + datetime.timedelta(days=4)) == 1


def test_the_command_reports_what_it_queued(soon, capsys):
    RegistrationFactory(event=soon)
    call_command("send_reminders")
    call_command("send_reminders")
    assert capsys.readouterr().out.splitlines() == [
        "1 reminder(s) queued.",
        "0 reminder(s) queued.",
    ]
