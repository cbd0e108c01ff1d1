"""The registration service: seats, the waiting list, the rules, cancelling."""

import datetime

import pytest
from django.utils import timezone

from events import booking
from events.booking import RegistrationError
from events.models import Event, Registration, Session
from mint.people.models import Participant
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status
NEXT_YEAR = timezone.localdate().year + 1


@pytest.fixture
def course(catalogue):
    """A course in the German catalogue."""
    return CoursePageFactory(parent=catalogue)


@pytest.fixture
def event(course):
    return event_of(course, capacity=2)


@pytest.fixture
def guardian():
    return UserFactory()


def event_of(course, **kwargs):
    event = EventFactory(course=course, **kwargs)
    event.refresh_from_db()  # the dates come from the sessions
    return event


def event_on(course, day, *, hour=10, hours=2, **kwargs):
    """An event with one session on `day` from `hour` for `hours`, local time."""
    event = EventFactory(course=course, sessions__count=0, **kwargs)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
    Session.objects.create(
        event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=hours)
    )
    event.refresh_from_db()
    return event


def child(guardian, name=None, **kwargs):
    if name:
        kwargs["first_name"] = name
    return ParticipantFactory(guardian=guardian, **kwargs)


def register(event, *participants, **kwargs):
    return booking.register(
        event_id=event.pk,
        participant_ids=[p.pk for p in participants],
        user=participants[0].guardian,
        **kwargs,
    )


def status_of(participant, event):
    return (
        Registration.objects.active().get(event=event, participant=participant).status
    )


def statuses(event):
    """Each active registration's status, in the order they came."""
    return [
        (r.participant.first_name, r.status)
        for r in event.registrations.active().order_by("created_at", "pk")
    ]


def refused(code, call, *args, **kwargs):
    with pytest.raises(RegistrationError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    return caught.value.message


# Seats and the waiting list


def test_register_confirms_while_seats_are_free_then_waitlists_in_order(
    event, guardian
):
    for name in ("Anna", "Ben", "Carla", "Dora"):
        register(event, child(guardian, name))
    assert statuses(event) == [
        ("Anna", Status.CONFIRMED),
        ("Ben", Status.CONFIRMED),
        ("Carla", Status.WAITLISTED),
        ("Dora", Status.WAITLISTED),
    ]


def test_several_at_once_take_the_free_seats_in_the_order_given(event, guardian):
    anna, ben, carla = (child(guardian, n) for n in ("Anna", "Ben", "Carla"))
    register(event, carla, anna, ben)
    assert [status_of(p, event) for p in (carla, anna, ben)] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
    ]


def test_the_same_participant_twice_in_one_request_is_registered_once(event, guardian):
    anna = child(guardian)
    created = register(event, anna, anna)
    assert len(created) == 1
    assert event.registrations.count() == 1


def test_registration_records_remarks_and_a_ticket_code(event, guardian):
    [registration] = register(event, child(guardian), remarks="Bringt Laptop mit")
    registration.refresh_from_db()
    assert registration.remarks == "Bringt Laptop mit"
    assert registration.ticket is not None


def test_together_gives_everyone_a_seat_when_all_fit(event, guardian):
    created = register(event, child(guardian), child(guardian), together=True)
    assert {r.status for r in created} == {Status.CONFIRMED}
    assert created[0].together is not None
    assert created[0].together == created[1].together


def test_together_gives_nobody_a_seat_when_not_all_fit(event, guardian):
    register(event, child(guardian))  # one seat left
    created = register(event, child(guardian), child(guardian), together=True)
    assert {r.status for r in created} == {Status.WAITLISTED}
    assert booking.seats_taken(event) == 1


def test_together_for_one_person_is_a_plain_registration(event, guardian):
    [registration] = register(event, child(guardian), together=True)
    assert registration.status == Status.CONFIRMED
    assert registration.together is None


def test_separately_the_first_take_seats_and_the_rest_wait(event, guardian):
    register(event, child(guardian))
    first, second = register(event, child(guardian), child(guardian))
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)


@pytest.fixture
def group_waiting(event, guardian):
    """Full (Xaver, Yvonne); then the siblings Anna and Ben together; then Carla."""
    [xaver] = register(event, child(guardian, "Xaver"))
    [yvonne] = register(event, child(guardian, "Yvonne"))
    siblings = register(
        event, child(guardian, "Anna"), child(guardian, "Ben"), together=True
    )
    [carla] = register(event, child(guardian, "Carla"))
    return xaver, yvonne, siblings, carla


def test_a_waiting_group_moves_up_together_when_enough_seats_free(event, group_waiting):
    xaver, yvonne, siblings, carla = group_waiting
    booking.change_capacity(event_id=event.pk, capacity=4)
    assert statuses(event) == [
        ("Xaver", Status.CONFIRMED),
        ("Yvonne", Status.CONFIRMED),
        ("Anna", Status.CONFIRMED),
        ("Ben", Status.CONFIRMED),
        ("Carla", Status.WAITLISTED),
    ]


def test_a_later_single_that_fits_moves_up_past_a_waiting_group(event, group_waiting):
    xaver, yvonne, siblings, carla = group_waiting
    booking.cancel(registration_id=xaver.pk, by_staff=True)
    carla.refresh_from_db()
    assert carla.status == Status.CONFIRMED
    assert {
        r.status for r in Registration.objects.filter(pk__in=[s.pk for s in siblings])
    } == {Status.WAITLISTED}


def test_a_waiting_group_stays_first_in_line_while_a_single_moves_past(
    event, group_waiting
):
    xaver, yvonne, siblings, carla = group_waiting
    booking.cancel(registration_id=xaver.pk, by_staff=True)
    anna, ben = (Registration.objects.get(pk=s.pk) for s in siblings)
    assert (anna.waiting_position, ben.waiting_position) == (1, 2)

    booking.cancel(registration_id=carla.pk, by_staff=True)
    booking.cancel(registration_id=yvonne.pk, by_staff=True)  # two seats now
    anna.refresh_from_db()
    ben.refresh_from_db()
    assert (anna.status, ben.status) == (Status.CONFIRMED, Status.CONFIRMED)


def test_a_new_single_takes_a_free_seat_a_waiting_group_cannot_use(
    event, group_waiting
):
    xaver, yvonne, siblings, carla = group_waiting
    booking.cancel(registration_id=yvonne.pk, by_staff=True)  # Carla moves up
    booking.cancel(registration_id=xaver.pk, by_staff=True)  # one seat, group of two
    [dora] = register(event, child(xaver.participant.guardian, "Dora"))
    assert dora.status == Status.CONFIRMED


def test_seats_taken_counts_seats_not_registrations(event, guardian):
    RegistrationFactory(event=event, participant=child(guardian), seats=3)
    RegistrationFactory(event=event, participant=child(guardian))
    RegistrationFactory(
        event=event, participant=child(guardian), status=Status.WAITLISTED
    )
    RegistrationFactory(
        event=event, participant=child(guardian), status=Status.CANCELLED
    )
    assert booking.seats_taken(event) == 4


def test_a_registration_for_three_seats_fills_three(course, guardian):
    event = event_of(course, capacity=4)
    RegistrationFactory(event=event, participant=child(guardian), seats=3)
    first, second = register(event, child(guardian), child(guardian))
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)


# Waiting positions


def test_waiting_positions_number_the_line_from_one(course, guardian):
    event = event_of(course, capacity=1)
    register(event, child(guardian))
    waiting = [register(event, child(guardian))[0] for _ in range(3)]
    assert [r.waiting_position for r in waiting] == [1, 2, 3]


def test_confirmed_and_cancelled_have_no_waiting_position(course, guardian):
    event = event_of(course, capacity=1)
    [confirmed] = register(event, child(guardian))
    [waiting] = register(event, child(guardian))
    booking.cancel(registration_id=waiting.pk, by_staff=True)
    waiting.refresh_from_db()
    assert confirmed.waiting_position is None
    assert waiting.waiting_position is None


def test_waiting_positions_move_up_after_a_promotion(course, guardian):
    event = event_of(course, capacity=1)
    [confirmed] = register(event, child(guardian))
    first, second, third = (register(event, child(guardian))[0] for _ in range(3))
    booking.cancel(registration_id=confirmed.pk, by_staff=True)
    for registration in (first, second, third):
        registration.refresh_from_db()
    assert first.status == Status.CONFIRMED
    assert (second.waiting_position, third.waiting_position) == (1, 2)


def test_waiting_positions_are_per_event(course, guardian):
    one, other = (
        event_of(course, capacity=0),
        event_of(course, capacity=0, sessions__days=30),
    )
    register(one, child(guardian))
    [registration] = register(other, child(guardian))
    assert registration.waiting_position == 1


# The rules: age


def test_exact_age_counts_from_the_birthday_on_the_first_session(course, guardian):
    course.age_min = 8
    course.save()
    day = datetime.date(NEXT_YEAR, 6, 15)
    event = event_on(course, day)
    eight_that_day = child(guardian, birth_date=datetime.date(NEXT_YEAR - 8, 6, 15))
    [registration] = register(event, eight_that_day)
    assert registration.status == Status.CONFIRMED


def test_exact_age_refuses_the_day_before_the_birthday_and_names_them(course, guardian):
    course.age_min = 8
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    mia = child(guardian, "Mia", birth_date=datetime.date(NEXT_YEAR - 8, 6, 16))
    message = refused("rules", register, event, mia)
    assert "Mia" in message
    assert not event.registrations.exists()


def test_exact_age_uses_the_first_session_of_several(course, guardian):
    course.age_min = 8
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    Session.objects.create(
        event=event,
        starts_at=event.starts_at + datetime.timedelta(days=7),
        ends_at=event.ends_at + datetime.timedelta(days=7),
    )
    eight_in_between = child(guardian, birth_date=datetime.date(NEXT_YEAR - 8, 6, 20))
    refused("rules", register, event, eight_in_between)


def test_exact_age_refuses_from_the_birthday_past_the_maximum(course, guardian):
    course.age_max = 10
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    eleven_that_day = child(
        guardian, "Tom", birth_date=datetime.date(NEXT_YEAR - 11, 6, 15)
    )
    eleven_next_day = child(guardian, birth_date=datetime.date(NEXT_YEAR - 11, 6, 16))
    assert "Tom" in refused("rules", register, event, eleven_that_day)
    assert register(event, eleven_next_day)[0].status == Status.CONFIRMED


def test_birth_year_rule_accepts_whoever_reaches_the_age_that_year(course, guardian):
    course.age_min = 8
    course.age_rule = course.AgeRule.BIRTH_YEAR
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    seven_on_the_day = child(guardian, birth_date=datetime.date(NEXT_YEAR - 8, 12, 31))
    assert register(event, seven_on_the_day)[0].status == Status.CONFIRMED


def test_birth_year_rule_refuses_whoever_reaches_the_age_next_year(course, guardian):
    course.age_min = 8
    course.age_rule = course.AgeRule.BIRTH_YEAR
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    jan = child(guardian, "Jan", birth_date=datetime.date(NEXT_YEAR - 7, 1, 1))
    assert "Jan" in refused("rules", register, event, jan)


def test_the_age_is_taken_on_the_event_day_not_today(course, guardian):
    course.age_min = 8
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    seven_today = child(guardian, birth_date=datetime.date(NEXT_YEAR - 8, 6, 1))
    assert register(event, seven_today)[0].status == Status.CONFIRMED


def test_one_person_too_young_registers_nobody_of_the_request(course, guardian):
    course.age_min = 8
    course.save()
    event = event_on(course, datetime.date(NEXT_YEAR, 6, 15))
    fits = child(guardian, birth_date=datetime.date(NEXT_YEAR - 10, 1, 1))
    too_young = child(guardian, birth_date=datetime.date(NEXT_YEAR - 5, 1, 1))
    refused("rules", register, event, fits, too_young)
    assert not event.registrations.exists()


# The rules: duplicates and clashes


def test_registering_the_same_participant_again_is_refused(event, guardian):
    lena = child(guardian, "Lena")
    register(event, lena)
    assert "Lena" in refused("rules", register, event, lena)
    assert event.registrations.count() == 1


def test_registering_again_after_cancelling_is_allowed(event, guardian):
    lena = child(guardian)
    [first] = register(event, lena)
    booking.cancel(registration_id=first.pk, user=guardian)
    [again] = register(event, lena)
    assert again.status == Status.CONFIRMED


@pytest.fixture
def morning(course):
    """A date next year, 10:00 to 12:00."""
    return event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=10)


def test_an_overlapping_registration_is_a_clash(morning, course, guardian):
    ole = child(guardian, "Ole")
    register(morning, ole)
    late_morning = event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=11)
    assert "Ole" in refused("rules", register, late_morning, ole)
    assert not late_morning.registrations.exists()


def test_a_place_on_a_waiting_list_also_clashes(morning, course, guardian):
    Event.objects.filter(pk=morning.pk).update(capacity=0)
    ole = child(guardian)
    assert register(morning, ole)[0].status == Status.WAITLISTED
    late_morning = event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=11)
    refused("rules", register, late_morning, ole)


def test_back_to_back_dates_do_not_clash(morning, course, guardian):
    ole = child(guardian)
    register(morning, ole)
    noon = event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=12)
    assert register(noon, ole)[0].status == Status.CONFIRMED


def test_a_cancelled_registration_does_not_clash(morning, course, guardian):
    ole = child(guardian)
    [registration] = register(morning, ole)
    booking.cancel(registration_id=registration.pk, user=guardian)
    late_morning = event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=11)
    assert register(late_morning, ole)[0].status == Status.CONFIRMED


def test_another_participant_at_the_same_time_is_no_clash(morning, course, guardian):
    register(morning, child(guardian))
    late_morning = event_on(course, datetime.date(NEXT_YEAR, 6, 15), hour=11)
    assert register(late_morning, child(guardian))[0].status == Status.CONFIRMED


# The rules: the date itself


def test_registration_after_the_window_closed_is_refused(course, guardian):
    event = event_of(
        course, registration_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    refused("closed", register, event, child(guardian))
    assert not event.registrations.exists()


def test_registration_before_the_window_opens_is_refused(course, guardian):
    event = event_of(
        course, registration_opens_at=timezone.now() + datetime.timedelta(hours=1)
    )
    refused("closed", register, event, child(guardian))


def test_registration_inside_the_window_is_accepted(course, guardian):
    now = timezone.now()
    event = event_of(
        course,
        registration_opens_at=now - datetime.timedelta(days=1),
        registration_closes_at=now + datetime.timedelta(days=1),
    )
    assert register(event, child(guardian))[0].status == Status.CONFIRMED


def test_without_a_closing_time_registration_ends_when_the_first_session_starts(
    course, guardian
):
    event = event_of(course, sessions__days=-1)
    refused("closed", register, event, child(guardian))


def test_registration_for_a_cancelled_date_is_refused(event, guardian):
    Event.objects.filter(pk=event.pk).update(status=Event.Status.CANCELLED)
    refused("event_cancelled", register, event, child(guardian))


# Bad requests


def test_registering_nobody_is_an_error(event, guardian):
    refused(
        "none_selected",
        booking.register,
        event_id=event.pk,
        participant_ids=[],
        user=guardian,
    )


def test_another_accounts_participant_is_not_found_and_nothing_is_written(
    event, guardian
):
    mine, theirs = child(guardian), child(UserFactory())
    with pytest.raises(Participant.DoesNotExist):
        booking.register(
            event_id=event.pk, participant_ids=[mine.pk, theirs.pk], user=guardian
        )
    assert not Registration.objects.exists()


def test_without_a_waiting_list_a_full_date_refuses(course, guardian):
    event = event_of(course, capacity=1, waiting_list=False)
    register(event, child(guardian))
    refused("full", register, event, child(guardian))
    assert event.registrations.count() == 1


def test_without_a_waiting_list_too_few_seats_for_all_refuses_all(course, guardian):
    event = event_of(course, capacity=1, waiting_list=False)
    refused("full", register, event, child(guardian), child(guardian))
    assert not event.registrations.exists()


# Mails


def test_registering_mails_each_their_status(
    event, guardian, mails, django_capture_on_commit_callbacks
):
    register(event, child(guardian))
    with django_capture_on_commit_callbacks(execute=True):
        confirmed, waiting = register(event, child(guardian), child(guardian))
    assert mails == [(confirmed.pk, "confirmed"), (waiting.pk, "waitlisted")]


def test_a_refused_registration_mails_nothing(
    event, guardian, mails, django_capture_on_commit_callbacks
):
    course = event.course
    course.age_min = 99
    course.save()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        refused("rules", register, event, child(guardian))
    assert callbacks == []
    assert mails == []


# Cancelling


def test_cancel_frees_the_seat_for_the_first_in_line_at_once(
    course, guardian, mails, django_capture_on_commit_callbacks
):
    event = event_of(course, capacity=1)
    [leaving] = register(event, child(guardian))
    [first] = register(event, child(guardian))
    [second] = register(event, child(guardian))
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(registration_id=leaving.pk, user=guardian)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)
    assert mails == [(leaving.pk, "cancelled"), (first.pk, "promoted")]


def test_cancelling_a_waiting_place_keeps_the_confirmed_seats(course, guardian):
    event = event_of(course, capacity=1)
    [confirmed] = register(event, child(guardian))
    [waiting] = register(event, child(guardian))
    booking.cancel(registration_id=waiting.pk, user=guardian)
    assert statuses(event) == [(confirmed.participant.first_name, Status.CONFIRMED)]


def test_cancel_is_refused_to_the_user_after_the_deadline(course, guardian):
    course.cancellation_days = 2
    course.save()
    event = event_of(course, sessions__days=1)
    [registration] = register(event, child(guardian))
    refused("deadline", booking.cancel, registration_id=registration.pk, user=guardian)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_cancel_is_allowed_to_the_user_before_the_deadline(course, guardian):
    course.cancellation_days = 2
    course.save()
    event = event_of(course, sessions__days=3)
    [registration] = register(event, child(guardian))
    cancelled = booking.cancel(registration_id=registration.pk, user=guardian)
    assert cancelled.status == Status.CANCELLED


def test_the_deadline_is_exactly_the_days_before_the_first_session(course, guardian):
    course.cancellation_days = 2
    course.save()
    event = event_of(course, sessions__days=5)
    [registration] = register(event, child(guardian))
    deadline = event.starts_at - datetime.timedelta(days=2)
    second = datetime.timedelta(seconds=1)
    assert booking.can_cancel(registration, now=deadline - second)
    assert not booking.can_cancel(registration, now=deadline)


def test_a_place_on_the_waiting_list_can_be_given_up_until_the_start(course, guardian):
    course.cancellation_days = 2
    course.save()
    event = event_of(course, capacity=0, sessions__days=1)
    [waiting] = register(event, child(guardian))
    assert waiting.status == Status.WAITLISTED
    assert booking.can_cancel(waiting)
    assert not booking.can_cancel(waiting, now=event.starts_at)


def test_nobody_moves_up_once_the_event_has_begun(course, guardian):
    event = event_of(course, capacity=0, sessions__days=1)
    [waiting] = register(event, child(guardian))
    Session.objects.filter(event=event).update(
        starts_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    Event.objects.filter(pk=event.pk).refresh_schedule()
    assert booking.change_capacity(event_id=event.pk, capacity=5) == []
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITLISTED


def test_staff_may_cancel_after_the_deadline(course, guardian):
    event = event_of(course, sessions__days=1)
    [registration] = register(event, child(guardian))
    cancelled = booking.cancel(registration_id=registration.pk, by_staff=True)
    assert cancelled.status == Status.CANCELLED


def test_cancelling_twice_is_refused(event, guardian):
    [registration] = register(event, child(guardian))
    booking.cancel(registration_id=registration.pk, user=guardian)
    refused(
        "already_cancelled",
        booking.cancel,
        registration_id=registration.pk,
        user=guardian,
    )


def test_another_accounts_registration_cannot_be_cancelled(event, guardian):
    [registration] = register(event, child(guardian))
    with pytest.raises(Registration.DoesNotExist):
        booking.cancel(registration_id=registration.pk, user=UserFactory())
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


# Capacity


def test_more_capacity_promotes_the_waiting_list_in_order(
    course, guardian, mails, django_capture_on_commit_callbacks
):
    event = event_of(course, capacity=0)
    first, second, third = (register(event, child(guardian))[0] for _ in range(3))
    with django_capture_on_commit_callbacks(execute=True):
        promoted = booking.change_capacity(event_id=event.pk, capacity=2)
    assert [r.pk for r in promoted] == [first.pk, second.pk]
    third.refresh_from_db()
    assert third.waiting_position == 1
    assert mails == [(first.pk, "promoted"), (second.pk, "promoted")]


def test_less_capacity_never_takes_a_confirmed_seat_away(course, guardian):
    event = event_of(course, capacity=3)
    confirmed = [register(event, child(guardian))[0] for _ in range(3)]
    booking.change_capacity(event_id=event.pk, capacity=1)
    assert {r.status for r in Registration.objects.filter(event=event)} == {
        Status.CONFIRMED
    }
    assert len(confirmed) == booking.seats_taken(event) == 3


def test_below_the_confirmed_count_a_cancel_promotes_nobody(course, guardian):
    event = event_of(course, capacity=3)
    confirmed = [register(event, child(guardian))[0] for _ in range(3)]
    [waiting] = register(event, child(guardian))
    booking.change_capacity(event_id=event.pk, capacity=1)
    booking.cancel(registration_id=confirmed[0].pk, by_staff=True)
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITLISTED
    assert register(event, child(guardian))[0].status == Status.WAITLISTED


def test_a_negative_capacity_is_refused(event):
    refused("capacity", booking.change_capacity, event_id=event.pk, capacity=-1)


# Calling off a date


def test_cancel_event_cancels_every_registration_and_mails_each(
    course, guardian, mails, django_capture_on_commit_callbacks
):
    event = event_of(course, capacity=1)
    confirmed, waiting = register(event, child(guardian), child(guardian))
    [elsewhere] = register(event_of(course, sessions__days=30), child(guardian))
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel_event(event_id=event.pk)
    event.refresh_from_db()
    assert event.status == Event.Status.CANCELLED
    assert not event.registrations.active().exists()
    assert sorted(mails) == sorted(
        [(confirmed.pk, "event_cancelled"), (waiting.pk, "event_cancelled")]
    )
    elsewhere.refresh_from_db()
    assert elsewhere.status == Status.CONFIRMED


def test_a_cancelled_date_takes_no_new_registrations(event, guardian):
    booking.cancel_event(event_id=event.pk)
    refused("event_cancelled", register, event, child(guardian))
