"""Attendance through the service: who may mark, the time window, idempotent marks,
the audit trail, closing a session, check-in codes, walk-ins and class numbers."""

import datetime
import uuid

import pytest
import zxingcpp
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils import timezone, translation
from PIL import Image

from events import attendance, emails
from events.attendance import AttendanceError
from events.models import Attendance, AttendanceChange, Registration, Session, WalkIn
from events.visit_documents import ticket_payload as class_ticket
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
Status = Attendance.Status


def now_hour():
    return timezone.localtime().hour


@pytest.fixture
def instructor():
    user = UserFactory(email="tomasz@example.org")
    Group.objects.get(name="Instructors").user_set.add(user)
    return user


@pytest.fixture
def coordinator():
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_attendance"))
    return user


@pytest.fixture
def event(catalogue, instructor):
    """An event with a session running now (started this hour)."""
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue),
        sessions__days=0,
        sessions__hour=now_hour(),
    )
    event.instructors.add(instructor)
    return event


@pytest.fixture
def session(event):
    return event.sessions.get()


@pytest.fixture
def seated(event):
    return RegistrationFactory(event=event)


def test_an_instructor_sees_only_their_events(event, instructor, catalogue):
    other = EventFactory(course=CoursePageFactory(parent=catalogue))
    assert list(attendance.events_for(instructor)) == [event]
    with pytest.raises(Session.DoesNotExist):
        attendance.session_for(instructor, other.sessions.get().pk)
    assert attendance.session_for(instructor, event.sessions.get().pk)


def test_coordinators_see_every_event_and_strangers_none(event, coordinator):
    assert list(attendance.events_for(coordinator)) == [event]
    assert not attendance.events_for(UserFactory()).exists()


def test_a_mark_is_recorded_with_who_and_how(session, seated, instructor):
    mark = attendance.mark(session, seated.pk, Status.LATE, by=instructor)
    assert (mark.status, mark.method, mark.marked_by) == ("late", "tap", instructor)
    [change] = AttendanceChange.objects.all()
    assert (change.previous_status, change.status) == ("", "late")


def test_the_same_mark_twice_changes_nothing(session, seated, instructor):
    attendance.mark(session, seated.pk, Status.PRESENT, by=instructor)
    attendance.mark(session, seated.pk, Status.PRESENT, by=instructor)
    assert Attendance.objects.count() == 1
    assert AttendanceChange.objects.count() == 1


def test_a_change_keeps_the_history(session, seated, instructor):
    attendance.mark(session, seated.pk, Status.ABSENT, by=instructor)
    attendance.mark(session, seated.pk, Status.PRESENT, by=instructor)
    history = list(AttendanceChange.objects.values_list("previous_status", "status"))
    assert history == [("", "absent"), ("absent", "present")]


@pytest.mark.parametrize("status", ["waitlisted", "cancelled"])
def test_only_confirmed_registrations_of_the_event_can_be_marked(
    session, instructor, catalogue, status
):
    waiting = RegistrationFactory(event=session.event, status=status)
    foreign = RegistrationFactory(
        event=EventFactory(course=CoursePageFactory(parent=catalogue))
    )
    for registration in (waiting, foreign):
        with pytest.raises(Registration.DoesNotExist):
            attendance.mark(session, registration.pk, Status.PRESENT, by=instructor)
    assert not Attendance.objects.exists()


def test_marks_wait_for_the_session_to_come_near(catalogue, instructor):
    later = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=3)
    later.instructors.add(instructor)
    registration = RegistrationFactory(event=later)
    with translation.override("en"), pytest.raises(AttendanceError) as caught:
        attendance.mark(later.sessions.get(), registration.pk, "present", by=instructor)
    assert caught.value.code == "not_started"
    assert "has not started yet" in str(caught.value.message)
    assert not Attendance.objects.exists()


def test_after_the_window_only_staff_correct_and_with_a_reason(
    catalogue, instructor, coordinator
):
    past = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=-5)
    past.instructors.add(instructor)
    registration = RegistrationFactory(event=past)
    session = past.sessions.get()
    with pytest.raises(AttendanceError) as caught:
        attendance.mark(session, registration.pk, "present", by=instructor)
    assert caught.value.code == "closed"
    with pytest.raises(AttendanceError) as caught:
        attendance.mark(session, registration.pk, "present", by=coordinator)
    assert caught.value.code == "reason"
    mark = attendance.mark(
        session, registration.pk, "excused", by=coordinator, reason="Attest liegt vor"
    )
    assert mark.method == "correction"
    assert AttendanceChange.objects.get().reason == "Attest liegt vor"


def test_closing_a_session_marks_everyone_left_absent(session, instructor):
    here, missing = RegistrationFactory.create_batch(2, event=session.event)
    RegistrationFactory(event=session.event, status="waitlisted")
    attendance.mark(session, here.pk, Status.PRESENT, by=instructor)
    assert attendance.mark_remaining_absent(session, by=instructor) == 1
    assert Attendance.objects.get(registration=missing).status == "absent"
    counts = attendance.counts(session)
    assert (counts["present"], counts["absent"], counts["open"]) == (1, 1, 0)


def scan(session, code, instructor):
    return attendance.check_in(session, code, by=instructor)


def test_a_ticket_checks_in_once(session, seated, instructor):
    first = scan(session, emails.ticket_payload(seated), instructor)
    assert (first.result, first.colour, first.registration) == ("ok", "green", seated)
    assert first.age is not None
    again = scan(session, str(seated.ticket).upper(), instructor)
    assert (again.result, again.colour) == ("again", "amber")
    assert AttendanceChange.objects.count() == 1


def test_a_scanned_qr_code_checks_in(session, seated, instructor):
    import io

    image = Image.open(io.BytesIO(emails.ticket_qr_png(seated)))
    [decoded] = zxingcpp.read_barcodes(image)
    assert scan(session, decoded.text, instructor).result == "ok"


@pytest.mark.parametrize(
    "code",
    ["", "   ", "hello", "MINT-TICKET:", "MINT-TICKET:xyz", "x" * 10000, "' OR 1=1 --"],
)
def test_garbage_is_red_and_writes_nothing(session, instructor, code):
    result = scan(session, code, instructor)
    assert (result.result, result.colour) == ("malformed", "red")
    assert not Attendance.objects.exists()


def test_unknown_foreign_and_cancelled_tickets_are_red(session, instructor, catalogue):
    import uuid

    assert scan(session, str(uuid.uuid4()), instructor).result == "unknown"
    foreign = RegistrationFactory(
        event=EventFactory(course=CoursePageFactory(parent=catalogue))
    )
    assert (
        scan(session, emails.ticket_payload(foreign), instructor).result
        == "wrong_event"
    )
    cancelled = RegistrationFactory(event=session.event, status="cancelled")
    assert (
        scan(session, emails.ticket_payload(cancelled), instructor).result
        == "cancelled"
    )
    assert not Attendance.objects.exists()


def test_a_class_code_points_to_the_booking(catalogue, instructor):
    slot = EventFactory(
        course=ClassVisitFactory(parent=catalogue),
        capacity=30,
        sessions__days=0,
        sessions__hour=now_hour(),
    )
    slot.instructors.add(instructor)
    booking = GroupBookingFactory(event=slot)
    result = scan(slot.sessions.get(), class_ticket(booking), instructor)
    assert (result.result, result.booking) == ("class", booking)
    attendance.record_group_presence(booking, 22, 2, by=instructor)
    booking.refresh_from_db()
    assert (booking.pupils_present, booking.adults_present) == (22, 2)
    assert booking.presence_recorded_by == instructor
    with pytest.raises(AttendanceError):
        attendance.record_group_presence(booking, -1, 2, by=instructor)


def test_walk_ins_are_counted(session, instructor):
    attendance.add_walk_in(session, by=instructor, first_name=" Ida ", birth_year=2015)
    with pytest.raises(AttendanceError):
        attendance.add_walk_in(session, by=instructor, first_name="  ")
    assert WalkIn.objects.get().first_name == "Ida"
    assert attendance.counts(session)["walk_ins"] == 1


def test_one_form_sent_twice_adds_one_walk_in(session, instructor):
    token = uuid.uuid4()
    first = attendance.add_walk_in(
        session, by=instructor, first_name="Ida", token=token
    )
    again = attendance.add_walk_in(
        session, by=instructor, first_name="Ida", token=token
    )
    assert again == first
    assert attendance.counts(session)["walk_ins"] == 1


def test_two_posts_of_one_form_at_the_same_moment_add_one_walk_in(
    session, instructor, monkeypatch
):
    """The other post saved its walk-in after this one looked for it: the unique key
    refuses a second row, and this post answers with the other's walk-in."""
    token = uuid.uuid4()
    other = WalkIn.objects.create(session=session, first_name="Ida", form_token=token)
    looks = QuerySet.exists
    monkeypatch.setattr(
        QuerySet, "exists", lambda qs: False if qs.model is WalkIn else looks(qs)
    )
    walk_in = attendance.add_walk_in(
        session, by=instructor, first_name="Ida", token=token
    )
    assert walk_in == other
    assert WalkIn.objects.count() == 1


def test_rates_count_present_and_late_of_the_sessions_held(catalogue, coordinator):
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue),
        sessions__count=4,
        sessions__days=-20,
    )  # weekly from 20 days ago: three held, one tomorrow
    keen, rare = RegistrationFactory.create_batch(2, event=event)
    held = list(event.sessions.order_by("starts_at"))[:3]
    for session, status in zip(held, ["present", "late", "absent"], strict=True):
        attendance.mark(session, keen.pk, status, by=coordinator, reason="Papierliste")
    attendance.mark(held[0], rare.pk, "excused", by=coordinator, reason="Papierliste")
    assert attendance.rates(event) == {keen.pk: (2, 3), rare.pk: (0, 3)}


def test_a_mark_before_the_start_counts_only_once_the_session_has_begun(
    catalogue, instructor
):
    soon = timezone.localtime() + datetime.timedelta(minutes=30)
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue), sessions__days=0, sessions__hour=0
    )
    session = event.sessions.get()
    Session.objects.filter(pk=session.pk).update(
        starts_at=soon, ends_at=soon + datetime.timedelta(hours=2)
    )
    session.refresh_from_db()
    event.instructors.add(instructor)
    early = RegistrationFactory(event=event)
    attendance.mark(session, early.pk, "present", by=instructor)
    assert attendance.rates(event) == {early.pk: (0, 0)}


# Check-ins replayed from the offline queue keep the time they were scanned


@pytest.fixture
def closed_session(catalogue, instructor):
    """A session three days ago: its window closed yesterday."""
    past = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=-3)
    past.instructors.add(instructor)
    return past.sessions.get()


def test_a_replay_after_the_window_keeps_its_in_window_scan_time(
    closed_session, instructor
):
    registration = RegistrationFactory(event=closed_session.event)
    scanned = closed_session.starts_at + datetime.timedelta(minutes=5)
    before = timezone.now()

    result = attendance.check_in(
        closed_session,
        emails.ticket_payload(registration),
        by=instructor,
        scanned_at=scanned,
    )

    assert result.result == "ok"
    mark = Attendance.objects.get()
    assert (mark.marked_at, mark.method) == (scanned, "scan")
    [change] = AttendanceChange.objects.all()
    assert change.changed_at >= before  # the audit row keeps when it arrived


def test_a_forged_future_scan_time_is_ignored(session, seated, instructor):
    before = timezone.now()
    forged = before + datetime.timedelta(hours=1)

    scan_at(session, seated, instructor, forged)

    assert before <= Attendance.objects.get().marked_at <= timezone.now()


def test_a_clock_slightly_ahead_counts_as_now(session, seated, instructor):
    before = timezone.now()

    scan_at(session, seated, instructor, before + datetime.timedelta(minutes=1))

    assert before <= Attendance.objects.get().marked_at <= timezone.now()


@pytest.mark.parametrize(
    "scanned",
    [
        lambda session: session.starts_at - datetime.timedelta(hours=2),  # too early
        lambda session: datetime.datetime(2026, 1, 1, 10, 5),  # no time zone
        lambda session: None,
    ],
    ids=["before-the-window", "naive", "none"],
)
def test_a_scan_time_that_is_not_plausible_means_now(
    session, seated, instructor, scanned
):
    before = timezone.now()

    scan_at(session, seated, instructor, scanned(session))

    assert before <= Attendance.objects.get().marked_at <= timezone.now()


def test_a_scan_time_outside_the_window_does_not_open_it(closed_session, instructor):
    registration = RegistrationFactory(event=closed_session.event)
    _opens, closes = attendance.window(closed_session)

    with pytest.raises(AttendanceError) as caught:
        scan_at(
            closed_session,
            registration,
            instructor,
            closes + datetime.timedelta(minutes=1),
        )

    assert caught.value.code == "closed"
    assert not Attendance.objects.exists()


def scan_at(session, registration, by, scanned_at, **kwargs):
    return attendance.check_in(
        session,
        emails.ticket_payload(registration),
        by=by,
        scanned_at=scanned_at,
        **kwargs,
    )


# Staff checking in after the window: a correction with a reason


def test_staff_check_in_after_the_window_with_a_reason(closed_session, coordinator):
    registration = RegistrationFactory(event=closed_session.event)
    code = emails.ticket_payload(registration)

    with pytest.raises(AttendanceError) as caught:
        attendance.check_in(closed_session, code, by=coordinator, reason=" ")
    assert caught.value.code == "reason"

    result = attendance.check_in(
        closed_session, code, by=coordinator, reason="Papierliste"
    )

    assert result.result == "ok"
    assert Attendance.objects.get().method == "correction"
    [change] = AttendanceChange.objects.all()
    assert (change.method, change.reason) == ("correction", "Papierliste")


def test_instructors_cannot_check_in_after_the_window_even_with_a_reason(
    closed_session, instructor
):
    registration = RegistrationFactory(event=closed_session.event)

    with pytest.raises(AttendanceError) as caught:
        attendance.check_in(
            closed_session,
            emails.ticket_payload(registration),
            by=instructor,
            reason="Ich war da",
        )

    assert caught.value.code == "closed"
    assert not Attendance.objects.exists()


# Walk-ins linked to the participant they turned out to be


@pytest.fixture
def walk_in(session, instructor):
    return attendance.add_walk_in(session, by=instructor, first_name="Ida")


def test_staff_link_a_walk_in_and_take_it_back(walk_in, coordinator):
    ida = ParticipantFactory(first_name="Ida")

    attendance.link_walk_in(walk_in, ida, by=coordinator)
    assert WalkIn.objects.get().participant == ida

    attendance.unlink_walk_in(walk_in, by=coordinator)
    assert WalkIn.objects.get().participant is None
    assert attendance.counts(walk_in.session)["walk_ins"] == 1


def test_someone_confirmed_for_the_event_is_not_linked_twice(walk_in, coordinator):
    seated = RegistrationFactory(event=walk_in.session.event)

    with pytest.raises(AttendanceError) as caught:
        attendance.link_walk_in(walk_in, seated.participant, by=coordinator)

    assert caught.value.code == "registered"
    assert str(seated.participant) in caught.value.message
    assert WalkIn.objects.get().participant is None


@pytest.mark.parametrize("status", ["waitlisted", "cancelled"])
def test_someone_waiting_or_cancelled_may_be_linked(walk_in, coordinator, status):
    waiting = RegistrationFactory(event=walk_in.session.event, status=status)

    attendance.link_walk_in(walk_in, waiting.participant, by=coordinator)

    assert WalkIn.objects.get().participant == waiting.participant


def test_only_staff_link_walk_ins(walk_in, instructor):
    with pytest.raises(PermissionDenied):
        attendance.link_walk_in(walk_in, ParticipantFactory(), by=instructor)
    with pytest.raises(PermissionDenied):
        attendance.unlink_walk_in(walk_in, by=instructor)


def test_an_accounts_participants_are_found_by_its_address(db):
    parent = UserFactory(email="Nowak@Example.org")
    own = ParticipantFactory(guardian=parent)
    shared = ParticipantFactory()
    shared.co_guardians.add(parent)
    ParticipantFactory()  # someone else's

    found = attendance.linkable_participants("  nowak@example.ORG ")

    assert set(found) == {own, shared}


@pytest.mark.parametrize(
    ("email", "code"),
    [("nobody@example.org", "no_account"), ("empty@example.org", "no_participants")],
)
def test_no_account_or_nobody_in_it_says_so(db, email, code):
    UserFactory(email="empty@example.org")

    with pytest.raises(AttendanceError) as caught:
        attendance.linkable_participants(email)

    assert caught.value.code == code
