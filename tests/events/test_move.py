"""Staff move a participant to another date of the same course, never past capacity."""

import pytest
from django.urls import reverse

from events import booking
from events.models import Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    RegistrationFactory,
    UserFactory,
)

Status = Registration.Status


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(parent=catalogue)


def _event(course, **kwargs):
    event = EventFactory(course=course, **kwargs)
    event.refresh_from_db()
    return event


def test_moving_confirms_on_the_new_date_and_frees_the_old_seat(course):
    old = _event(course, capacity=1, sessions__days=7)
    new = _event(course, capacity=5, sessions__days=14)
    registration = RegistrationFactory(event=old)
    waiting = RegistrationFactory(event=old, status=Status.WAITLISTED)

    moved = booking.move(registration_id=registration.pk, to_event_id=new.pk)

    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert (moved.event, moved.status, moved.participant) == (
        new,
        Status.CONFIRMED,
        registration.participant,
    )
    assert moved.ticket != registration.ticket
    assert registration.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED


def test_a_full_date_refuses_the_move(course):
    old = _event(course, sessions__days=7)
    new = _event(course, capacity=1, sessions__days=14)
    RegistrationFactory(event=new)
    registration = RegistrationFactory(event=old)
    with pytest.raises(booking.RegistrationError) as refused:
        booking.move(registration_id=registration.pk, to_event_id=new.pk)
    assert refused.value.code == "full"
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_only_dates_of_the_same_course(course, catalogue):
    old = _event(course, sessions__days=7)
    other = _event(CoursePageFactory(parent=catalogue), sessions__days=14)
    registration = RegistrationFactory(event=old)
    with pytest.raises(booking.RegistrationError) as refused:
        booking.move(registration_id=registration.pk, to_event_id=other.pk)
    assert refused.value.code == "other_course"


def test_someone_already_on_the_new_date_is_not_doubled(course):
    old = _event(course, sessions__days=7)
    new = _event(course, sessions__days=14)
    registration = RegistrationFactory(event=old)
    RegistrationFactory(event=new, participant=registration.participant)
    with pytest.raises(booking.RegistrationError):
        booking.move(registration_id=registration.pk, to_event_id=new.pk)


def test_staff_move_from_the_event_overview(client, course):
    old = _event(course, sessions__days=7)
    new = _event(course, sessions__days=14)
    registration = RegistrationFactory(event=old)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    overview = client.get(reverse("events_event:inspect", args=[old.pk]))
    assert reverse("events_registration:move", args=[registration.pk]) in (
        overview.content.decode()
    )
    response = client.post(
        reverse("events_registration:move", args=[registration.pk]),
        {"to_event": new.pk},
    )
    assert response.status_code == 302
    assert Registration.objects.get(event=new).status == Status.CONFIRMED


def test_families_cannot_move_registrations(client, course):
    old = _event(course, sessions__days=7)
    new = _event(course, sessions__days=14)
    registration = RegistrationFactory(event=old)
    client.force_login(registration.participant.guardian)
    response = client.post(
        reverse("events_registration:move", args=[registration.pk]),
        {"to_event": new.pk},
    )
    assert response.status_code in (302, 403)
    assert not Registration.objects.filter(event=new).exists()
