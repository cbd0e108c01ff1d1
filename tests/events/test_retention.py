"""Retention: free texts and contact data of dates long past are cleared on schedule,
what the figures and certificates need stays."""

import datetime

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from events import retention
from events.figures import Figures, Period
from events.models import Attendance, AttendanceChange, Registration, WalkIn
from mint.people.models import GuardianInvitation
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture(autouse=True)
def _a_year(settings):
    settings.MINT_RETENTION_DAYS = 365


def ended(catalogue, days_ago, **kwargs):
    course = CoursePageFactory(parent=catalogue, **kwargs)
    return EventFactory(course=course, sessions__days=-days_ago, sessions__count=1)


def registered(event, notes="Nussallergie", remarks="Kommt mit Oma"):
    person = ParticipantFactory(notes_for_instructor=notes)
    registration = RegistrationFactory(event=event, participant=person, remarks=remarks)
    attendance = Attendance.objects.create(
        registration=registration,
        session=event.sessions.get(),
        status="present",
        method="tap",
    )
    AttendanceChange.objects.create(
        attendance=attendance, status="present", method="tap", reason="Arzttermin"
    )
    return registration


def test_a_date_past_the_period_loses_its_personal_texts(catalogue):
    registration = registered(ended(catalogue, 400))
    walk_in = WalkIn.objects.create(
        session=registration.event.sessions.get(),
        first_name="Jonas",
        last_name="Weber",
        birth_year=2015,
    )

    cleared = retention.purge_past(NOW)

    registration.refresh_from_db()
    walk_in.refresh_from_db()
    assert registration.remarks == ""
    assert registration.participant.notes_for_instructor == ""
    assert (walk_in.first_name, walk_in.last_name, walk_in.birth_year) == ("", "", None)
    assert AttendanceChange.objects.get().reason == ""
    assert cleared == {
        "registrations": 1,
        "class_bookings": 0,
        "walk_ins": 1,
        "attendance_changes": 1,
        "instructor_notes": 1,
        "outgoing_mails": 0,
        "invitations": 0,
        "sessions": 0,
    }


def test_a_date_within_the_period_keeps_everything(catalogue):
    registration = registered(ended(catalogue, 300))

    retention.purge_past(NOW)

    registration.refresh_from_db()
    assert registration.remarks == "Kommt mit Oma"
    assert registration.participant.notes_for_instructor == "Nussallergie"
    assert AttendanceChange.objects.get().reason == "Arzttermin"


def test_notes_stay_for_someone_with_a_date_still_to_come(catalogue):
    registration = registered(ended(catalogue, 400))
    upcoming = EventFactory(course=registration.event.course, sessions__days=10)
    RegistrationFactory(event=upcoming, participant=registration.participant)
    just_added = ParticipantFactory(notes_for_instructor="Hörgerät")

    retention.purge_past(NOW)

    registration.refresh_from_db()
    just_added.refresh_from_db()
    assert registration.remarks == ""  # the old date's remark goes all the same
    assert registration.participant.notes_for_instructor == "Nussallergie"
    assert just_added.notes_for_instructor == "Hörgerät"


def test_a_class_visit_long_past_loses_the_teachers_phone_and_texts(catalogue):
    programme = ClassVisitFactory(parent=catalogue)
    old = EventFactory(course=programme, sessions__days=-400, sessions__count=1)
    recent = EventFactory(course=programme, sessions__days=-30, sessions__count=1)
    texts = {
        "remarks": "Zwei Kinder im Rollstuhl",
        "accessibility_needs": "Rampe",
        "staff_message": "Bitte fragen Sie nach Frau Nowak.",
    }
    past = GroupBookingFactory(event=old, pupils_present=20, **texts)
    kept = GroupBookingFactory(event=recent, **texts)

    retention.purge_past(NOW)

    past.refresh_from_db()
    kept.refresh_from_db()
    assert (past.phone, past.remarks, past.accessibility_needs) == ("", "", "")
    assert past.staff_message == ""
    assert past.pupils_present == 20 and past.class_name  # the figures' part stays
    assert kept.phone and kept.remarks == texts["remarks"]
    assert kept.staff_message == texts["staff_message"]


def test_the_figures_of_a_purged_period_stay_the_same(catalogue):
    event = ended(catalogue, 400)
    for _ in range(6):
        registered(event)
    WalkIn.objects.create(session=event.sessions.get(), first_name="Gast")
    day = timezone.localdate(event.starts_at)
    period = Period(day.replace(month=1, day=1), day.replace(month=12, day=31))

    def figures():
        return {h.key: str(h.cell) for h in Figures(period, now=NOW).headline}

    before = figures()
    retention.purge_past(NOW)

    assert figures() == before
    assert Registration.records.filter(event=event).count() == 6


def test_running_it_again_changes_nothing(catalogue):
    registered(ended(catalogue, 400))
    retention.purge_past(NOW)

    assert set(retention.purge_past(NOW).values()) == {0}


def test_the_period_is_a_setting(catalogue, settings):
    registration = registered(ended(catalogue, 100))
    settings.MINT_RETENTION_DAYS = 90

    retention.purge_past(NOW)

    registration.refresh_from_db()
    assert registration.remarks == ""


def test_the_daily_command_runs_it_as_a_task_and_says_what_it_cleared(
    catalogue, capsys
):
    registered(ended(catalogue, 400))

    call_command("purge_past_data")

    out = capsys.readouterr().out
    assert "registrations 1" in out and "instructor_notes 1" in out
    assert Registration.objects.get().remarks == ""


def test_notes_go_when_every_registration_was_cancelled_long_ago(catalogue):
    cancelled = Registration.Status.CANCELLED
    long_ago = NOW - datetime.timedelta(days=400)
    old = ended(catalogue, 380)
    gone = RegistrationFactory(
        event=old,
        participant=ParticipantFactory(notes_for_instructor="Nussallergie"),
        status=cancelled,
        status_changed_at=long_ago,
    )
    upcoming = EventFactory(course=old.course, sessions__days=20)
    rethinking = RegistrationFactory(
        event=upcoming,
        participant=ParticipantFactory(notes_for_instructor="Hörgerät"),
        status=cancelled,
    )

    assert retention.purge_past(NOW)["instructor_notes"] == 1

    gone.participant.refresh_from_db()
    rethinking.participant.refresh_from_db()
    assert gone.participant.notes_for_instructor == ""
    assert rethinking.participant.notes_for_instructor == "Hörgerät"
    assert Registration.objects.filter(pk=gone.pk).exists()  # the row stays


def test_invitations_nobody_accepted_go_once_expired():
    child = ParticipantFactory()
    expired = GuardianInvitation.objects.create(
        participant=child, email="oma@example.org", invited_by=child.guardian
    )
    accepted = GuardianInvitation.objects.create(
        participant=child,
        email="papa@example.org",
        invited_by=child.guardian,
        accepted_at=NOW,
        accepted_by=UserFactory(),
    )
    fortnight_ago = NOW - GuardianInvitation.VALID_FOR - datetime.timedelta(hours=1)
    GuardianInvitation.objects.filter(pk__in=[expired.pk, accepted.pk]).update(
        created_at=fortnight_ago
    )
    still_open = GuardianInvitation.objects.create(
        participant=child, email="tante@example.org", invited_by=child.guardian
    )

    assert retention.purge_past(NOW)["invitations"] == 1

    assert set(GuardianInvitation.objects.values_list("pk", flat=True)) == {
        accepted.pk,
        still_open.pk,
    }


def test_expired_sessions_are_cleared_and_live_ones_stay():
    for seconds in (-60, 3600):
        store = SessionStore()
        store["visit"] = seconds
        store.set_expiry(NOW + datetime.timedelta(seconds=seconds))
        store.create()
    live = Session.objects.get(expire_date__gt=NOW).session_key

    assert retention.purge_past(NOW)["sessions"] == 1

    assert list(Session.objects.values_list("session_key", flat=True)) == [live]
