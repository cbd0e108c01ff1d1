"""An event's stored dates always follow its sessions, however they are edited."""

import datetime

import pytest

from events.models import Event, Session
from tests.factories import CoursePageFactory, EventFactory


@pytest.fixture
def event(catalogue):
    event = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__count=3)
    event.refresh_from_db()
    return event


def test_dates_come_from_the_first_and_last_session(event):
    sessions = list(event.sessions.order_by("starts_at"))
    event.refresh_from_db()
    assert event.starts_at == sessions[0].starts_at
    assert event.ends_at == sessions[-1].ends_at


def test_moving_and_deleting_sessions_moves_the_event(event):
    first = event.sessions.order_by("starts_at").first()
    first.starts_at -= datetime.timedelta(days=30)
    first.ends_at -= datetime.timedelta(days=30)
    first.save()
    assert Event.objects.get(pk=event.pk).starts_at == first.starts_at

    first.delete()
    second = event.sessions.order_by("starts_at").first()
    assert Event.objects.get(pk=event.pk).starts_at == second.starts_at


def test_saving_a_stale_event_keeps_the_real_dates(event):
    stale = Event.objects.get(pk=event.pk)
    Session.objects.filter(event=event).update(
        starts_at=stale.starts_at + datetime.timedelta(days=1),
        ends_at=stale.ends_at + datetime.timedelta(days=1),
    )
    stale.capacity = 20
    stale.save()
    fresh = Event.objects.get(pk=event.pk)
    assert fresh.capacity == 20
    assert fresh.starts_at == stale.starts_at  # the instance was refreshed on save
    assert fresh.starts_at == event.starts_at + datetime.timedelta(days=1)


def test_publishing_an_older_revision_leaves_dates_and_seats_alone(event):
    """Dates live outside page revisions: an old revision cannot bring back old seats."""
    revision = event.course.specific.save_revision()
    for session in event.sessions.all():
        session.starts_at += datetime.timedelta(days=3)
        session.ends_at += datetime.timedelta(days=3)
        session.save()
    Event.objects.filter(pk=event.pk).update(capacity=30)
    moved = Event.objects.get(pk=event.pk)

    revision.publish()
    after = Event.objects.get(pk=event.pk)
    assert (after.starts_at, after.capacity) == (moved.starts_at, 30)
