"""Class-visit slots in bulk: a weekly pattern expanded into dates, without public
holidays and the days staff close, and the slots (Events) created from it at once.

`expand_weekly` is pure: dates and names in, datetimes and skipped days out.
"""

import datetime
import re
from dataclasses import dataclass, field

import holidays
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage

from .models import Event, Session

# Public holidays by the venue's country. The German part of the region is in Saxony
# (Buß- und Bettag, Reformationstag); Venue has no field for the state.
HOLIDAY_CALENDARS = {"DE": ("DE", "SN"), "PL": ("PL", None), "CZ": ("CZ", None)}

MAX_SLOTS = 500

MESSAGES = {
    "holiday": _("Public holiday: %(name)s"),
    "closed": _("Closed: %(days)s"),
    "bad_time": _("“%(value)s” is not a time. Write start times like 09:00, 11:30."),
    "bad_line": _(
        "Line %(line)s: “%(value)s” is neither a date nor a range of dates. Write "
        "2027-04-03 or 2027-04-03 – 2027-04-16 (or 03.04.2027), a name may follow."
    ),
    "bad_range": _("Line %(line)s: the range ends before it starts."),
    "not_a_visit": _("Slots can only be created for class-visit programmes."),
}

_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SEPARATORS = " \t-–—:,;"


@dataclass(frozen=True)
class ClosedDays:
    """Days staff close, from `first` to `last` inclusive, e.g. the Easter holidays."""

    first: datetime.date
    last: datetime.date
    name: str = ""

    def __contains__(self, day):
        return self.first <= day <= self.last

    def __str__(self):
        first = date_format(self.first, "SHORT_DATE_FORMAT")
        days = (
            first
            if self.first == self.last
            else f"{first} – {date_format(self.last, 'SHORT_DATE_FORMAT')}"
        )
        return f"{self.name} ({days})" if self.name else days


@dataclass(frozen=True)
class SkippedDay:
    day: datetime.date
    reason: str


@dataclass
class SlotPlan:
    """The slots a pattern gives, as (start, end) in the site's time zone, and the days
    it would have given but that are holidays or closed."""

    slots: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def parse_times(text):
    """ "09:00, 11:30" → [time(9), time(11, 30)], sorted, each once."""
    times = set()
    for value in re.split(r"[\s,;]+", text.strip()):
        if not value:
            continue
        match = _TIME.match(value)
        hour, minute = (int(match[1]), int(match[2] or 0)) if match else (99, 0)
        if hour > 23 or minute > 59:
            raise ValidationError(MESSAGES["bad_time"] % {"value": value})
        times.add(datetime.time(hour, minute))
    return sorted(times)


def parse_closed_days(text):
    """One date or range of dates per line (ISO or German style) and an optional name:
    "2027-04-03 – 2027-04-16 Osterferien", "Brückentag 14.05.2027"."""
    closed = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        found = list(_DATE.finditer(line))
        bad_line = ValidationError(
            MESSAGES["bad_line"] % {"line": number, "value": line}
        )
        if not 1 <= len(found) <= 2:
            raise bad_line
        if line[found[0].end() : found[-1].start()].strip(_SEPARATORS):
            raise bad_line  # words between the two dates
        try:
            first, last = _date_of(found[0]), _date_of(found[-1])
        except ValueError:
            raise bad_line from None
        if last < first:
            raise ValidationError(MESSAGES["bad_range"] % {"line": number})
        before = line[: found[0].start()].strip(_SEPARATORS)
        after = line[found[-1].end() :].strip(_SEPARATORS)
        name = " ".join(part for part in (before, after) if part)
        closed.append(ClosedDays(first, last, name))
    return closed


def _date_of(match):
    if match[1]:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    return datetime.date(int(match[6]), int(match[5]), int(match[4]))


def public_holidays(country, years):
    """{date: name} of the country's public holidays (Saxony's for Germany), named in
    the active language where the calendar has it, else in English; {} for others."""
    if country not in HOLIDAY_CALENDARS:
        return {}
    code, subdivision = HOLIDAY_CALENDARS[country]
    calendar = holidays.country_holidays(code, subdiv=subdivision)
    active = translation.get_language() or ""
    supported = calendar.supported_languages
    language = next(
        (
            option
            for option in (active, active.split("-")[0], "en_US")
            if option in supported
        ),
        None,
    )
    return dict(
        holidays.country_holidays(
            code, subdiv=subdivision, years=sorted(years), language=language
        )
    )


def expand_weekly(
    *,
    weekdays,
    times,
    duration,
    first_day,
    last_day,
    country=None,
    closed=(),
    tz=None,
):
    """Every `weekdays` (0 = Monday) from `first_day` to `last_day` at each of `times`
    (local wall-clock times, so 09:00 stays 09:00 across a change to or from summer
    time), lasting `duration`; days on a public holiday of `country` or in one of the
    `closed` ranges are skipped and listed with the reason."""
    tz = tz or timezone.get_default_timezone()
    weekdays = set(weekdays)
    times = sorted(set(times))
    plan = SlotPlan()
    if not weekdays or not times or last_day < first_day:
        return plan
    years = range(first_day.year, last_day.year + 1)
    holiday_names = public_holidays(country, years) if country else {}
    day = first_day
    while day <= last_day:
        if day.weekday() in weekdays:
            reason = _skip_reason(day, holiday_names, closed)
            if reason:
                plan.skipped.append(SkippedDay(day, reason))
            else:
                for start_time in times:
                    start = datetime.datetime.combine(day, start_time, tzinfo=tz)
                    # Add the duration in absolute time, not on the wall clock.
                    end = (start.astimezone(datetime.UTC) + duration).astimezone(tz)
                    plan.slots.append((start, end))
        day += datetime.timedelta(days=1)
    return plan


def _skip_reason(day, holiday_names, closed):
    if day in holiday_names:
        return str(MESSAGES["holiday"] % {"name": holiday_names[day]})
    for days in closed:
        if day in days:
            return str(MESSAGES["closed"] % {"days": days})
    return ""


def existing_starts(course, venue, starts):
    """Which of `starts` already have a scheduled slot of this programme at this venue."""
    return set(
        Session.objects.filter(
            event__course=course,
            event__venue=venue,
            event__status=Event.Status.SCHEDULED,
            starts_at__in=list(starts),
        ).values_list("starts_at", flat=True)
    )


def create_slots(course, venue, capacity, language, starts):
    """Create one slot (an Event with one Session) per (start, end) in `starts`, all in
    one transaction and a fixed number of queries. Starts that already have a slot of
    this programme at this venue are left out, so a form sent twice adds nothing.
    Returns the new events, their dates set."""
    if course.format != CoursePage.Format.CLASS_VISIT:
        raise ValueError(MESSAGES["not_a_visit"])
    with transaction.atomic():
        taken = existing_starts(course, venue, (start for start, _end in starts))
        wanted = sorted(
            {(start, end) for start, end in starts if start not in taken},
            key=lambda pair: pair[0],
        )
        # bulk_create skips Event.save and the Session signals that copy the dates,
        # so they are set here and taken from the sessions once more below.
        events = Event.objects.bulk_create(
            Event(
                course=course,
                venue=venue,
                capacity=capacity,
                language=language,
                waiting_list=False,
                starts_at=start,
                ends_at=end,
            )
            for start, end in wanted
        )
        Session.objects.bulk_create(
            Session(event=event, sort_order=0, starts_at=start, ends_at=end)
            for event, (start, end) in zip(events, wanted, strict=True)
        )
        Event.objects.filter(pk__in=[event.pk for event in events]).refresh_schedule()
    return events
