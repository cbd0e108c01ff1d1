"""iCalendar files (RFC 5545) built with icalendar."""

from django.utils import timezone
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent


def event_calendar(event, course_url="", *, title=None) -> bytes:
    """A calendar with one entry per session of the event.

    `course_url` is the absolute address of the course page, `title` the course title
    in the reader's language (the German page's title if not given)."""
    calendar = _calendar()
    _add_sessions(calendar, event, title=title or event.course.title, url=course_url)
    return calendar.to_ical()


def personal_calendar(registrations, *, name) -> bytes:
    """Every session of the given registrations, titled with the course and who goes.

    Each registration's event needs `course_page` (see catalogue.localize_courses)."""
    calendar = _calendar()
    calendar.add("x-wr-calname", name)
    for registration in registrations:
        event = registration.event
        _add_sessions(
            calendar,
            event,
            title=f"{event.course_page.title} – {registration.participant.first_name}",
            url="",
            uid=f"registration-{registration.pk}",
        )
    return calendar.to_ical()


def _calendar():
    calendar = Calendar()
    calendar.add("prodid", "-//MINT Dreiländereck//mint-platform//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    return calendar


def _add_sessions(calendar, event, *, title, url, uid=None):
    venue = event.venue
    location = f"{venue.name}, {venue.street}, {venue.postcode} {venue.town}"
    sessions = list(event.sessions.all())
    for number, session in enumerate(sessions, start=1):
        entry = CalendarEvent()
        entry.add(
            "uid", f"{uid or f'event-{event.pk}'}-session-{session.pk}@mint-platform"
        )
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", session.starts_at)
        entry.add("dtend", session.ends_at)
        entry.add("summary", f"{title} ({number})" if len(sessions) > 1 else title)
        entry.add("location", vText(location))
        if venue.latitude is not None and venue.longitude is not None:
            entry.add("geo", (float(venue.latitude), float(venue.longitude)))
        if url:
            entry.add("url", url)
        calendar.add_component(entry)
