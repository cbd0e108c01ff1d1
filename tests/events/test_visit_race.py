"""Several classes want the last slot at the same moment: exactly one gets it.

Like the registration races (test_booking_race.py): threads with their own
connections, released together, on PostgreSQL only."""

import pytest
from django.db import connection

from events import booking, visits
from events.models import GroupBooking
from events.visits import BookingError, ClassDetails
from tests.events.concurrency import Counting, at_once
from tests.factories import (
    ClassVisitFactory,
    CourseIndexPageFactory,
    EventFactory,
    SchoolFactory,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the class-visit race tests are SKIPPED on SQLite !!!",
    ),
    pytest.mark.django_db(transaction=True),
]

CLASSES = 12


@pytest.fixture
def slot(home_page):
    programme = ClassVisitFactory(
        parent=CourseIndexPageFactory(parent=home_page, slug="rennen")
    )
    return EventFactory(course=programme, capacity=30)


@pytest.fixture
def counting(monkeypatch):
    counting = Counting(visits.seats_taken)
    monkeypatch.setattr(visits, "seats_taken", counting)
    return counting


def booking_for(slot, school, counting):
    def job():
        counting.thread.participant_id = school.pk
        visits.request(
            event_id=slot.pk,
            teacher=school.teacher,
            details=ClassDetails(
                school=school,
                class_name="7b",
                grade=7,
                pupils=24,
                adults=3,
                language="de",
                phone="+49 3583 1",
            ),
        )

    return job


def test_twelve_classes_race_for_one_slot_and_exactly_one_wins(slot, counting):
    schools = SchoolFactory.create_batch(CLASSES)

    errors = at_once(*(booking_for(slot, school, counting) for school in schools))

    [winner] = GroupBooking.objects.filter(event=slot)
    assert winner.school_id == counting.participants[0]  # the first to count
    assert len(errors) == CLASSES - 1
    assert all(isinstance(error, BookingError) for error in errors)
    assert {error.code for error in errors} == {"rules"}
    assert booking.seats_taken(slot) == 27


def test_without_the_row_lock_the_same_race_double_books(slot, counting, monkeypatch):
    """The negative control: the race above could see a double booking."""
    monkeypatch.setattr(booking, "LOCK_EVENT_ROW", False)
    counting.pause = 0.05
    schools = SchoolFactory.create_batch(CLASSES)

    at_once(*(booking_for(slot, school, counting) for school in schools))

    assert GroupBooking.objects.filter(event=slot).count() > 1
