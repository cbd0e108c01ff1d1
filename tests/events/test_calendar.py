"""An event's .ics file: one calendar entry per session, for any calendar app."""

import pytest
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from events.models import Event
from tests.factories import CoursePageFactory, EventFactory, VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Roboter bauen")
    venue = VenueFactory(
        name="Science-Center", street="Theaterring 12", postcode="02763", town="Zittau"
    )
    return EventFactory(course=course, venue=venue, sessions__count=3)


def entries(response):
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_calendar_file_is_served_as_text_calendar(client, event):
    response = client.get(reverse("event_ics", args=[event.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert f'filename="event-{event.pk}.ics"' in response["Content-Disposition"]


def test_calendar_has_one_entry_per_session_with_its_times(client, event):
    sessions = list(event.sessions.order_by("starts_at"))
    found = entries(client.get(reverse("event_ics", args=[event.pk])))
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in found] == [
        (s.starts_at, s.ends_at) for s in sessions
    ]


def test_calendar_entries_have_distinct_ids(client, event):
    found = entries(client.get(reverse("event_ics", args=[event.pk])))
    assert len({str(entry["uid"]) for entry in found}) == 3


def test_calendar_entries_name_the_course_and_number_the_sessions(client, event):
    found = entries(client.get(reverse("event_ics", args=[event.pk])))
    assert [str(e["summary"]) for e in found] == [
        f"Roboter bauen ({n})" for n in (1, 2, 3)
    ]


def test_calendar_entries_carry_the_venue_address(client, event):
    for entry in entries(client.get(reverse("event_ics", args=[event.pk]))):
        assert str(entry["location"]) == "Science-Center, Theaterring 12, 02763 Zittau"


def test_calendar_entries_link_to_the_course(client, event):
    entry = entries(client.get(reverse("event_ics", args=[event.pk])))[0]
    assert str(entry["url"]).endswith("/de/kurse/roboter-bauen/")


def test_single_session_is_not_numbered(client, catalogue):
    course = CoursePageFactory(parent=catalogue, title="Sternwarte")
    event = EventFactory(course=course)
    [entry] = entries(client.get(reverse("event_ics", args=[event.pk])))
    assert str(entry["summary"]) == "Sternwarte"


@pytest.mark.parametrize("code", ["pl", "cs", "en"])
def test_calendar_file_is_served_under_every_language(client, event, code):
    with translation.override(code):
        path = reverse("event_ics", args=[event.pk])
    assert client.get(path).status_code == 200


def test_cancelled_event_has_no_calendar_file(client, event):
    Event.objects.filter(pk=event.pk).update(status=Event.Status.CANCELLED)
    assert client.get(reverse("event_ics", args=[event.pk])).status_code == 404


def test_unknown_event_has_no_calendar_file(client, event):
    assert client.get(reverse("event_ics", args=[event.pk + 1000])).status_code == 404
