"""Class visits through the service: the rules between a class and a slot, the
lifecycle from request to confirmation, and the e-mails on each step."""

import datetime
from email import message_from_bytes

import pytest
from django.core import mail
from django.utils import timezone, translation
from icalendar import Calendar

from events import booking, visit_emails, visits
from events.models import Event, GroupBooking
from events.visits import BookingError, ClassDetails
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    SchoolFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
Status = GroupBooking.Status


@pytest.fixture
def programme(catalogue):
    return ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")


@pytest.fixture
def slot(programme):
    return EventFactory(course=programme, capacity=30, sessions__days=20)


@pytest.fixture
def teacher():
    return UserFactory(email="lehrerin@example.org", first_name="Petra")


@pytest.fixture
def school(teacher):
    return SchoolFactory(teacher=teacher, name="Oberschule Zittau")


def details(school, **overrides):
    values = {
        "school": school,
        "class_name": "7b",
        "grade": 7,
        "pupils": 24,
        "adults": 3,
        "language": "de",
        "phone": "+49 3583 123456",
        **overrides,
    }
    return ClassDetails(**values)


def book(slot, teacher, school, **overrides):
    return visits.request(
        event_id=slot.pk, teacher=teacher, details=details(school, **overrides)
    )


def refused(code, call, *args, **kwargs):
    """Call, expect the service to refuse with `code`; the message it gave."""
    with pytest.raises(BookingError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    return str(caught.value.message)


def test_a_request_holds_the_seats_until_staff_decide(slot, teacher, school):
    booking_ = book(slot, teacher, school)
    assert booking_.status == Status.REQUESTED
    assert booking.seats_taken(slot) == 27
    assert Event.objects.upcoming().get(pk=slot.pk).seats_taken == 27


def test_a_programme_without_confirmation_confirms_at_once(
    programme, slot, teacher, school
):
    programme.bookings_need_confirmation = False
    programme.save()
    assert book(slot, teacher, school).status == Status.CONFIRMED


def test_class_seats_and_participant_seats_share_one_count(slot, teacher, school):
    RegistrationFactory.create_batch(4, event=slot)
    with translation.override("en"):
        message = refused("rules", book, slot, teacher, school)
    assert "room for 26 more people, your group has 27" in message
    assert not GroupBooking.objects.exists()


@pytest.mark.parametrize(
    "overrides, text",
    [
        ({"pupils": 0}, "Please enter the number of pupils: at least 1."),
        ({"pupils": -3}, "Please enter the number of pupils: at least 1."),
        ({"adults": -1}, "The number of adults must not be negative."),
        ({"pupils": 8}, "This programme needs at least 10 pupils."),
        ({"pupils": 29, "adults": 1}, "This programme takes at most 28 pupils."),
        ({"pupils": 21, "adults": 2}, "Please bring at least 3 accompanying adults"),
        ({"pupils": 28, "adults": 3}, "This slot has room for 30 more people"),
    ],
)
def test_group_rules_refuse_with_a_clear_message(
    slot, teacher, school, overrides, text
):
    with translation.override("en"):
        with pytest.raises(BookingError) as caught:
            book(slot, teacher, school, **overrides)
        assert text in str(caught.value.message)
    assert not GroupBooking.objects.exists()


def test_messages_are_in_the_users_language(slot, teacher, school):
    with translation.override("de"), pytest.raises(BookingError) as caught:
        book(slot, teacher, school, pupils=0)
    assert str(caught.value.message) != "Please enter the number of pupils: at least 1."


def test_one_adult_per_ten_pupils_exactly_at_the_boundary(slot, teacher, school):
    assert book(slot, teacher, school, pupils=20, adults=2).adults == 2


def test_a_grade_outside_the_range_is_a_warning_or_a_refusal(programme, slot):
    result = visits.check(slot, 24, 3, grade=9)
    assert result.fits and result.warnings
    programme.grade_rule = programme.GradeRule.REFUSE
    programme.save()
    slot.course.refresh_from_db()
    assert not visits.check(slot, 24, 3, grade=9).fits
    assert visits.check(slot, 24, 3, grade=5).fits


def test_a_kita_programme_warns_a_school_class_in_terms_of_ages(catalogue):
    kita = ClassVisitFactory(
        parent=catalogue, grade_min=None, grade_max=None, age_min=3, age_max=6
    )
    slot = EventFactory(course=kita, capacity=30)
    assert not visits.check(slot, 20, 2, grade=0).warnings
    with translation.override("en"):
        [warning] = visits.check(slot, 20, 2, grade=4).warnings
    assert "3–6 years" in warning
    assert "Grade 4" in warning


def test_a_past_or_cancelled_slot_cannot_be_booked(programme, teacher, school):
    past = EventFactory(course=programme, capacity=30, sessions__days=-1)
    refused("rules", book, past, teacher, school)
    cancelled = EventFactory(course=programme, capacity=30, status="cancelled")
    refused("rules", book, cancelled, teacher, school)
    assert not GroupBooking.objects.exists()


def test_a_workshop_date_is_no_slot(catalogue, teacher, school):
    workshop = EventFactory(course=CoursePageFactory(parent=catalogue))
    refused("rules", book, workshop, teacher, school)


def test_the_same_class_cannot_hold_the_slot_twice(slot, teacher, school):
    book(slot, teacher, school, pupils=10, adults=1)
    refused("duplicate", book, slot, teacher, school, pupils=10, adults=1)
    assert GroupBooking.objects.count() == 1


def test_another_teachers_school_is_not_found(slot, teacher):
    with pytest.raises(SchoolFactory._meta.model.DoesNotExist):
        book(slot, teacher, SchoolFactory())
    assert not GroupBooking.objects.exists()


def test_staff_confirm_or_decline_a_request_and_declining_frees_the_seats(
    slot, teacher, school
):
    first = book(slot, teacher, school, pupils=10, adults=1)
    assert visits.confirm(booking_id=first.pk).status == Status.CONFIRMED
    refused("not_requested", visits.confirm, booking_id=first.pk)
    second = book(slot, teacher, school, class_name="8a", pupils=10, adults=1)
    declined = visits.decline(booking_id=second.pk, message="Zu voll an dem Tag.")
    assert declined.status == Status.DECLINED
    assert declined.staff_message == "Zu voll an dem Tag."
    assert booking.seats_taken(slot) == 11


def test_a_declined_booking_cannot_be_changed(slot, teacher, school):
    request = book(slot, teacher, school)
    visits.decline(booking_id=request.pk)
    with translation.override("en"):
        message = refused(
            "not_holding",
            visits.change_numbers,
            booking_id=request.pk,
            teacher=teacher,
            pupils=20,
            adults=2,
        )
    assert "declined" in message
    request.refresh_from_db()
    assert request.pupils == 24


def test_staff_propose_another_slot_that_the_teacher_accepts(
    programme, slot, teacher, school
):
    other = EventFactory(course=programme, capacity=30, sessions__days=27)
    request = book(slot, teacher, school)
    proposed = visits.propose(
        booking_id=request.pk, to_event_id=other.pk, message="Dienstag passt besser."
    )
    assert proposed.status == Status.PROPOSED and proposed.event == other
    assert booking.seats_taken(slot) == 0 and booking.seats_taken(other) == 27
    accepted = visits.answer_proposal(
        booking_id=request.pk, teacher=teacher, accept=True
    )
    assert accepted.status == Status.CONFIRMED


def test_a_proposal_the_teacher_declines_cancels_the_booking(
    programme, slot, teacher, school
):
    other = EventFactory(course=programme, capacity=30, sessions__days=27)
    request = book(slot, teacher, school)
    visits.propose(booking_id=request.pk, to_event_id=other.pk)
    answer = visits.answer_proposal(
        booking_id=request.pk, teacher=teacher, accept=False
    )
    assert answer.status == Status.CANCELLED
    assert booking.seats_taken(other) == 0


def test_only_a_slot_of_the_same_programme_with_room_can_be_proposed(
    catalogue, programme, slot, teacher, school
):
    request = book(slot, teacher, school)
    elsewhere = EventFactory(course=ClassVisitFactory(parent=catalogue), capacity=30)
    refused(
        "other_programme",
        visits.propose,
        booking_id=request.pk,
        to_event_id=elsewhere.pk,
    )
    small = EventFactory(course=programme, capacity=20, sessions__days=27)
    refused("rules", visits.propose, booking_id=request.pk, to_event_id=small.pk)
    request.refresh_from_db()
    assert request.event == slot and request.status == Status.REQUESTED


def test_numbers_change_within_the_rules_and_the_room_left(slot, teacher, school):
    request = book(slot, teacher, school)
    changed = visits.change_numbers(
        booking_id=request.pk, teacher=teacher, pupils=26, adults=4
    )
    assert (changed.pupils, changed.adults) == (26, 4)  # 30 seats: its own 27 count
    refused(
        "rules",
        visits.change_numbers,
        booking_id=request.pk,
        teacher=teacher,
        pupils=28,
        adults=3,
    )


def test_numbers_and_cancellation_have_deadlines(programme, teacher, school):
    soon = EventFactory(course=programme, capacity=30, sessions__days=1)
    request = book(soon, teacher, school)  # final numbers: 3 days, cancelling: 2
    refused(
        "deadline",
        visits.change_numbers,
        booking_id=request.pk,
        teacher=teacher,
        pupils=20,
        adults=2,
    )
    assert not visits.can_cancel(request)
    refused("deadline", visits.cancel, booking_id=request.pk, teacher=teacher)
    assert (
        visits.cancel(booking_id=request.pk, by_staff=True).status == Status.CANCELLED
    )


@pytest.mark.parametrize(
    "action",
    [
        lambda b, t: visits.change_numbers(
            booking_id=b, teacher=t, pupils=20, adults=2
        ),
        lambda b, t: visits.cancel(booking_id=b, teacher=t),
        lambda b, t: visits.answer_proposal(booking_id=b, teacher=t, accept=True),
    ],
)
def test_another_teacher_cannot_touch_a_booking(slot, teacher, school, action):
    request = book(slot, teacher, school)
    with pytest.raises(GroupBooking.DoesNotExist):
        action(request.pk, UserFactory())
    request.refresh_from_db()
    assert request.status == Status.REQUESTED and request.pupils == 24


def test_cancelling_a_slot_cancels_and_tells_the_class(
    slot, teacher, school, django_capture_on_commit_callbacks
):
    request = book(slot, teacher, school)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel_event(event_id=slot.pk)
    request.refresh_from_db()
    assert request.status == Status.CANCELLED
    [message] = mail.outbox
    assert message.to == ["lehrerin@example.org"]
    assert "Chemie zum Anfassen" in message.subject


def test_each_step_mails_the_teacher_in_their_language(
    slot, teacher, school, django_capture_on_commit_callbacks
):
    teacher.preferred_language = "cs"
    teacher.save()
    with django_capture_on_commit_callbacks(execute=True):
        request = book(slot, teacher, school)
    with django_capture_on_commit_callbacks(execute=True):
        visits.confirm(booking_id=request.pk)
    requested, confirmed = mail.outbox
    with translation.override("cs"):
        assert requested.subject == str(
            visit_emails.SUBJECTS["requested"] % {"course": "Chemie zum Anfassen"}
        )
        assert confirmed.subject == str(
            visit_emails.SUBJECTS["confirmed"] % {"course": "Chemie zum Anfassen"}
        )
    assert '<html lang="cs">' in confirmed.alternatives[0][0]


def test_the_confirmation_carries_the_calendar_and_the_document(slot, teacher, school):
    request = GroupBookingFactory(event=slot, school=school)
    message = visit_emails.booking_mail(request, "confirmed")
    parsed = message_from_bytes(message.message().as_bytes())
    parts = {part.get_filename(): part for part in parsed.walk() if part.get_filename()}
    assert (
        parts["class-visit-confirmation.pdf"].get_payload(decode=True)[:5] == b"%PDF-"
    )
    calendar = Calendar.from_ical(
        parts[f"event-{slot.pk}.ics"].get_payload(decode=True)
    )
    [entry] = calendar.walk("VEVENT")
    assert entry.decoded("dtstart") == slot.starts_at


def test_a_mail_for_a_booking_that_moved_on_is_not_sent(slot, school):
    request = GroupBookingFactory(event=slot, school=school, status=Status.CANCELLED)
    visit_emails.send_booking_mail(request.pk, "confirmed")
    assert mail.outbox == []


def test_participants_and_a_class_never_overbook_a_slot_together(slot, teacher, school):
    """Registrations see the seats a class holds."""
    book(slot, teacher, school, pupils=24, adults=3)
    people = ParticipantFactory.create_batch(4)
    results = [
        booking.register(event_id=slot.pk, participant_ids=[p.pk], user=p.guardian)[0]
        for p in people
    ]
    assert [r.status for r in results] == ["confirmed"] * 3 + ["waitlisted"]


def test_deadlines_count_from_the_first_session(programme, teacher, school):
    slot = EventFactory(course=programme, capacity=30, sessions__days=10)
    request = book(slot, teacher, school)
    day_before = slot.starts_at - datetime.timedelta(days=3, seconds=1)
    assert visits.can_change_numbers(request, now=day_before)
    assert not visits.can_change_numbers(
        request, now=day_before + datetime.timedelta(seconds=2)
    )
    assert timezone.now() < slot.starts_at
