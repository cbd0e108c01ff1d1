"""Reminders go out once before every session, and to a teacher two days before a
class visit, however often the job runs."""

import datetime
import io

import pypdf
import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.models import Locale

from events import visit_emails
from events.models import GroupBooking, Registration
from events.reminders import send_due_reminders
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    RegistrationFactory,
    UserFactory,
)


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


# Every session of a series


def run_at(now, capture):
    with capture(execute=True):
        return send_due_reminders(now=now)


def test_a_series_is_reminded_before_each_session_once(
    catalogue, django_capture_on_commit_callbacks
):
    series = EventFactory(
        course=CoursePageFactory(parent=catalogue), sessions__days=10, sessions__count=3
    )
    registration = RegistrationFactory(event=series)
    starts = list(series.sessions.values_list("starts_at", flat=True))
    day = datetime.timedelta(days=1)

    sent = [
        run_at(moment, django_capture_on_commit_callbacks)
        for start in starts
        for moment in (start - 3 * day, start - day, start - day / 2, start + day)
    ]

    assert sent == [0, 1, 0, 0] * 3
    assert len(mail.outbox) == 3
    registration.refresh_from_db()
    assert registration.reminded_for == starts[-1]
    with translation.override("de"):  # the guardian's language
        dates = [
            formats.date_format(timezone.localtime(s), "WEEKDAY_DATE_FORMAT")
            for s in starts
        ]
    for message, date in zip(mail.outbox, dates, strict=True):
        assert date in message.body.split("\n\n")[1]  # the opening names the session


def test_cancelled_registrations_and_cancelled_dates_get_no_reminder(soon):
    RegistrationFactory(event=soon, status=Registration.Status.CANCELLED)
    cancelled = EventFactory(course=soon.course, sessions__days=1)
    RegistrationFactory(event=cancelled)
    cancelled.status = cancelled.Status.CANCELLED
    cancelled.save()

    assert send_due_reminders() == 0


def test_a_reminder_queued_before_a_cancellation_is_not_sent(
    soon, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(event=soon)
    with django_capture_on_commit_callbacks() as callbacks:
        send_due_reminders()
    Registration.objects.filter(pk=registration.pk).update(
        status=Registration.Status.CANCELLED
    )
    for callback in callbacks:
        callback()
    assert mail.outbox == []


# Class visits


@pytest.fixture
def programme(catalogue):
    """A class-visit programme with a published Polish translation."""
    course = ClassVisitFactory(parent=catalogue, title="Roboter bauen")
    polish = course.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.title = "Budowa robotów"
    polish.slug = "budowa-robotow"
    polish.save_revision().publish()
    return course


def visit(programme, days=5, **kwargs):
    event = EventFactory(course=programme, sessions__days=days)
    return GroupBookingFactory(event=event, **kwargs)


def test_a_teacher_is_reminded_two_days_ahead_in_their_language_with_the_pdf(
    programme, django_capture_on_commit_callbacks
):
    booking = visit(programme, teacher=UserFactory(preferred_language="pl"))
    booking.school.teacher = booking.teacher
    booking.school.save()
    start = booking.event.starts_at
    day = datetime.timedelta(days=1)

    sent = [
        run_at(moment, django_capture_on_commit_callbacks)
        for moment in (start - 3 * day, start - 2 * day, start - day)
    ]

    assert sent == [0, 1, 0]
    [message] = mail.outbox
    assert message.to == [booking.teacher.email]
    with translation.override("pl"):
        subject = str(visit_emails.SUBJECTS["reminder"] % {"course": "Budowa robotów"})
    assert message.subject == subject
    assert 'lang="pl"' in message.alternatives[0][0]
    [(name, content, mimetype)] = message.attachments
    assert (name, mimetype) == ("class-visit-confirmation.pdf", "application/pdf")
    pdf = pypdf.PdfReader(io.BytesIO(content))
    assert pdf.trailer["/Root"]["/Lang"] == "pl"


@pytest.mark.parametrize(
    "status", [GroupBooking.Status.CANCELLED, GroupBooking.Status.REQUESTED]
)
def test_visits_not_confirmed_get_no_reminder(programme, status):
    visit(programme, days=1, status=status)

    assert send_due_reminders() == 0


def test_a_teacher_who_turned_the_reminder_off_gets_none(
    programme, django_capture_on_commit_callbacks
):
    visit(programme, days=1, wants_reminder=False)
    queued = visit(programme, days=1)
    with django_capture_on_commit_callbacks() as callbacks:
        assert send_due_reminders() == 1
    GroupBooking.objects.filter(pk=queued.pk).update(wants_reminder=False)
    for callback in callbacks:  # turned off after it was queued
        callback()

    assert mail.outbox == []


def reminder_url(booking):
    with translation.override("en"):
        return reverse("events:class_visit_reminder", args=[booking.pk])


def test_the_teacher_turns_the_reminder_off_and_on_on_the_booking_page(
    client, programme
):
    booking = visit(programme)
    client.force_login(booking.teacher)
    with translation.override("en"):
        page = reverse("events:class_visit", args=[booking.pk])
    assert reminder_url(booking) in client.get(page).content.decode()

    client.post(reminder_url(booking), {"reminder": "off"})
    booking.refresh_from_db()
    assert booking.wants_reminder is False

    client.post(reminder_url(booking), {"reminder": "on"})
    booking.refresh_from_db()
    assert booking.wants_reminder is True


def test_only_the_bookings_teacher_may_turn_its_reminder_off(client, programme):
    booking = visit(programme)
    client.force_login(UserFactory())

    response = client.post(reminder_url(booking), {"reminder": "off"})

    assert response.status_code == 404
    booking.refresh_from_db()
    assert booking.wants_reminder is True
    client.logout()
    assert client.post(reminder_url(booking), {"reminder": "off"}).status_code == 302
    booking.refresh_from_db()
    assert booking.wants_reminder is True
