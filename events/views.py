from django.http import Http404, HttpResponse

from . import calendars
from .catalogue import event_for_calendar


def event_ics(request, event_id):
    """One event's sessions as an iCalendar file, for any calendar app."""
    event = event_for_calendar(event_id)
    if event is None:
        raise Http404
    response = HttpResponse(
        calendars.event_calendar(event, request),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response
