"""iCalendar files (RFC 5545) built with icalendar."""

from django.utils import timezone
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent


def event_calendar(event, request) -> bytes:
    """A calendar with one entry per session of the event."""
    calendar = Calendar()
    calendar.add("prodid", "-//MINT Dreiländereck//mint-platform//DE")
    calendar.add("version", "2.0")
    course_url = (
        request.build_absolute_uri(event.course.url) if event.course.url else ""
    )
    venue = event.venue
    location = f"{venue.name}, {venue.street}, {venue.postcode} {venue.town}"
    sessions = list(event.sessions.all())
    for number, session in enumerate(sessions, start=1):
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.pk}-session-{session.pk}@mint-platform")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", session.starts_at)
        entry.add("dtend", session.ends_at)
        title = event.course.title
        if len(sessions) > 1:
            title = f"{title} ({number})"
        entry.add("summary", title)
        entry.add("location", vText(location))
        if venue.latitude is not None and venue.longitude is not None:
            entry.add("geo", (float(venue.latitude), float(venue.longitude)))
        if course_url:
            entry.add("url", course_url)
        calendar.add_component(entry)
    return calendar.to_ical()
