"""Many people book the last seats at the same moment: nobody is overbooked.

Each booking runs in its own thread with its own database connection, all released
together by a barrier. Only PostgreSQL runs transactions side by side; SQLite
serialises every writer, so there these tests cannot show anything and skip."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from events import booking
from events.booking import RegistrationError
from events.models import Event, Registration
from tests.events.concurrency import Counting, at_once
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the booking race tests are SKIPPED on SQLite !!!",
    ),
    # Threads see only committed rows; the migrations' root page and locales come back
    # after each test's flush through the serialized rollback.
    pytest.mark.django_db(transaction=True),
]

Status = Registration.Status
CAPACITY = 10


@pytest.fixture
def event(home_page):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home_page, slug="rennen")
    )
    return EventFactory(course=course, capacity=CAPACITY)


@pytest.fixture
def counting(monkeypatch):
    counting = Counting(booking.seats_taken)
    monkeypatch.setattr(booking, "seats_taken", counting)
    return counting


def registering(event, participant, counting=None):
    def job():
        if counting is not None:
            counting.thread.participant_id = participant.pk
        booking.register(
            event_id=event.pk,
            participant_ids=[participant.pk],
            user=participant.guardian,
        )

    return job


def in_line(event):
    """Every active registration in the order it was made."""
    return list(event.registrations.active().order_by("created_at", "pk"))


def test_fifty_at_once_for_ten_seats_confirm_ten_and_queue_forty_in_order(
    event, counting, mails
):
    people = ParticipantFactory.create_batch(50)

    errors = at_once(*(registering(event, p, counting) for p in people))

    assert errors == []
    registrations = in_line(event)
    assert len(registrations) == 50
    assert [r.participant_id for r in registrations] == counting.participants
    assert [r.pk for r in registrations] == sorted(r.pk for r in registrations)
    confirmed = [r for r in registrations if r.status == Status.CONFIRMED]
    waiting = [r for r in registrations if r.status == Status.WAITLISTED]
    assert confirmed == registrations[:CAPACITY]
    assert waiting == registrations[CAPACITY:]
    assert [r.waiting_position for r in waiting] == list(range(1, 41))
    assert sorted(mails) == sorted((r.pk, r.status) for r in registrations)


def test_without_the_row_lock_the_same_race_overbooks(
    event, counting, mails, monkeypatch
):
    """The negative control: proves that the race above could see an overbooking."""
    monkeypatch.setattr(booking, "LOCK_EVENT_ROW", False)
    counting.pause = 0.05  # with the lock, 50 such pauses in a row would time out
    people = ParticipantFactory.create_batch(50)

    errors = at_once(*(registering(event, p, counting) for p in people))

    assert errors == []
    assert event.registrations.confirmed().count() > CAPACITY


@pytest.mark.parametrize("cancel_delay", [0, 0.05], ids=["first", "midway"])
def test_a_cancel_racing_registrations_gives_the_seat_to_the_first_newcomer(
    event, cancel_delay, mails
):
    seated = RegistrationFactory.create_batch(CAPACITY, event=event)
    newcomers = ParticipantFactory.create_batch(20)

    def cancelling():
        time.sleep(cancel_delay)
        booking.cancel(registration_id=seated[0].pk, by_staff=True)

    errors = at_once(cancelling, *(registering(event, p) for p in newcomers))

    assert errors == []
    assert booking.seats_taken(event) == CAPACITY
    ids = {p.pk for p in newcomers}
    new = [r for r in in_line(event) if r.participant_id in ids]
    assert [r.status for r in new] == [Status.CONFIRMED] + [Status.WAITLISTED] * 19
    assert [r.waiting_position for r in new[1:]] == list(range(1, 20))
    assert (seated[0].pk, "cancelled") in mails
    told = [kind for pk, kind in mails if pk == new[0].pk]
    assert told in (["confirmed"], ["waitlisted", "promoted"])


def test_a_booking_that_cannot_get_the_lock_in_time_asks_to_try_again(
    event, monkeypatch
):
    monkeypatch.setattr(booking, "LOCK_TIMEOUT_MS", 200)
    locked, release = threading.Event(), threading.Event()

    def hold_the_event():
        try:
            with transaction.atomic():
                Event.objects.select_for_update().get(pk=event.pk)
                locked.set()
                release.wait(timeout=10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold_the_event)
    holder.start()
    person = ParticipantFactory()
    try:
        assert locked.wait(timeout=10)
        with pytest.raises(RegistrationError) as caught:
            registering(event, person)()
    finally:
        release.set()
        holder.join(timeout=10)
    assert caught.value.code == "busy"
    assert not event.registrations.exists()
