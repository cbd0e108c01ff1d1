"""The catalogue's read-only window on dates, seats and venues.

`courses` reads events only through this module (shared/DESIGN.md): it gets querysets and
plain values, never writes. Events belong to a course's translation key, so every
language version of a course shows the same dates.
"""

import datetime
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.grades import courses_for_grade
from courses.models import CoursePage, Topic

from .models import Country, Event, Session, Venue

COUNTRIES = Country.choices
# Dates a search may name: beyond these a date filter is a typo, not a plan (and a day
# after 9999-12-31 does not exist).
FIRST_YEAR, LAST_YEAR = 2000, 2100
TIMES_OF_DAY = [
    ("morning", _("Mornings (before 12:00)")),
    ("afternoon", _("Afternoons (12:00–17:00)")),
    ("evening", _("Evenings (from 17:00)")),
]
_HOURS = {"morning": (0, 12), "afternoon": (12, 17), "evening": (17, 24)}
CLASS_VISIT = CoursePage.Format.CLASS_VISIT

SEAT_STATES = {
    "free": _("Seats available"),
    "few": _("Only a few seats left"),
    "waitlist": _("Waiting list"),
    "full": _("Fully booked"),
    "closed": _("Registration closed"),
}


def validate_search_date(day):
    """For date filters: a clear message for a date outside FIRST_YEAR..LAST_YEAR."""
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            _("Please choose a date between the years %(first)s and %(last)s."),
            code="out_of_range",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )


def upcoming_events(now=None):
    """Scheduled events whose first session is still ahead, with schedule and seats."""
    return Event.objects.upcoming(now)


def filter_events(
    events,
    *,
    venues=(),
    towns=(),
    countries=(),
    languages=(),
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    weekdays=(),
    times=(),
    free_of_charge=False,
    free_seats=False,
    step_free=False,
):
    """Narrow events; weekday and time of day must hold for one and the same session."""
    if venues:
        events = events.filter(venue_id__in=venues)
    if towns:
        events = events.filter(venue__town__in=towns)
    if countries:
        events = events.filter(venue__country__in=countries)
    if languages:
        events = events.filter(language__in=languages)
    if date_from:
        events = events.filter(starts_at__gte=_local_midnight(date_from))
    if date_to:
        events = events.filter(
            starts_at__lt=_local_midnight(date_to + datetime.timedelta(days=1))
        )
    if weekdays or times:
        session = Q()
        if weekdays:
            session &= Q(starts_at__iso_week_day__in=[int(d) for d in weekdays])
        if times:
            hours = Q()
            for name in times:
                low, high = _HOURS[name]
                hours |= Q(starts_at__hour__gte=low, starts_at__hour__lt=high)
            session &= hours
        events = events.filter(
            Exists(Session.objects.filter(session, event=OuterRef("pk")))
        )
    if free_of_charge:
        events = events.filter(price=0)
    if free_seats:
        events = events.with_free_seats()
    if step_free:
        events = events.filter(venue__step_free=True)
    return events


def course_keys(events):
    """The translation keys of the courses these events belong to (a subquery)."""
    return events.order_by().values("course__translation_key")


def next_start(events):
    """An expression for the next start among `events` of the outer course page."""
    return Subquery(
        events.filter(course__translation_key=OuterRef("translation_key"))
        .order_by("starts_at")
        .values("starts_at")[:1]
    )


def next_events(events, translation_keys):
    """The next event of each course in one query: {translation_key: event}."""
    found = {}
    rows = (
        events.filter(course__translation_key__in=list(translation_keys))
        .select_related("venue")
        .annotate(course_key=F("course__translation_key"))
        .order_by("starts_at", "pk")
    )
    for event in rows:
        found.setdefault(event.course_key, event)
    return found


def dated_events(events):
    """Events in date order with their course, for the calendar-style list."""
    return (
        events.select_related("venue", "course")
        .annotate(course_key=F("course__translation_key"))
        .order_by("starts_at", "pk")
    )


def course_events(translation_key):
    """A course's upcoming events with sessions and venue in the reader's language."""
    events = list(
        upcoming_events()
        .filter(course__translation_key=translation_key)
        .select_related("venue")
        .prefetch_related(Prefetch("sessions", Session.objects.order_by("starts_at")))
        .order_by("starts_at", "pk")
    )
    localized = localized_venues({event.venue.translation_key for event in events})
    for event in events:
        event.venue = localized.get(event.venue.translation_key, event.venue)
        event.seat_state = seat_state(event)
    return events


def event_for_calendar(event_id):
    """One event that is still on, with sessions, venue and course, or None."""
    return (
        Event.objects.with_seats()
        .filter(pk=event_id, status=Event.Status.SCHEDULED)
        .select_related("venue", "course")
        .prefetch_related("sessions")
        .first()
    )


def events_for_api(translation_key):
    """Upcoming events of a course as plain data for partner websites."""
    return [
        {
            "id": event.pk,
            "label": event.label,
            "starts_at": event.starts_at.isoformat(),
            "ends_at": event.ends_at.isoformat(),
            "language": event.language,
            "price": str(event.price),
            "capacity": event.capacity,
            "seats_state": event.seat_state,
            "venue": {
                "name": event.venue.name,
                "town": event.venue.town,
                "country": event.venue.country,
                "latitude": event.venue.latitude and float(event.venue.latitude),
                "longitude": event.venue.longitude and float(event.venue.longitude),
                "step_free": event.venue.step_free,
            },
            "sessions": [
                {"starts_at": s.starts_at.isoformat(), "ends_at": s.ends_at.isoformat()}
                for s in event.sessions.all()
            ],
        }
        for event in course_events(translation_key)
    ]


def seat_state(event, now=None) -> str:
    """free / few / waitlist / full / closed, from capacity and seats taken."""
    if not event.registration_is_open(now):
        return "closed"
    free = event.capacity - event.seats_taken
    if free <= 0:
        return "waitlist" if event.waiting_list else "full"
    if free <= max(2, event.capacity // 5):
        return "few"
    return "free"


def localized_venues(translation_keys=None):
    """Venues in the active language by translation key, falling back to the source."""
    venues = Venue.objects.filter(locale__language_code=get_language())
    if translation_keys is not None:
        venues = venues.filter(translation_key__in=translation_keys)
    return {venue.translation_key: venue for venue in venues}


def venue_choices():
    """(id, name) of venues that events point at, for the catalogue's filter."""
    return [
        (str(pk), f"{name}, {town}")
        for pk, name, town in Venue.objects.filter(events__isnull=False)
        .distinct()
        .order_by("town", "name")
        .values_list("pk", "name", "town")
    ]


def town_choices():
    towns = (
        Venue.objects.filter(events__isnull=False)
        .order_by("town")
        .values_list("town", flat=True)
        .distinct()
    )
    return [(town, town) for town in towns]


def group_by_week(events):
    """[(monday, [events…]), …] in date order, for the calendar-style list."""
    weeks = defaultdict(list)
    for event in events:
        start = timezone.localtime(event.starts_at).date()
        weeks[start - datetime.timedelta(days=start.weekday())].append(event)
    return sorted(weeks.items())


def _local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def event_for_registration(event_id):
    """A scheduled, not yet started event of a published course with seats counted,
    or None. Class-visit slots are booked for a class, not registered for."""
    return (
        upcoming_events()
        .filter(pk=event_id, course__live=True)
        .exclude(course__format=CLASS_VISIT)
        .select_related("venue", "course")
        .prefetch_related("sessions")
        .first()
    )


def localize_courses(events):
    """Give each event `course_page`: its course in the reader's language, one query."""
    events = list(events)
    pages = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in={event.course.translation_key for event in events},
            locale__language_code=get_language(),
        )
        .live()
        .specific()
    }
    for event in events:
        event.course_page = pages.get(event.course.translation_key, event.course)
    return events


def dates_for_editor(translation_key):
    """All of a course's events, past and future, with seats taken, for its editor."""
    return (
        Event.objects.with_seats()
        .filter(course__translation_key=translation_key)
        .select_related("venue")
        .order_by(F("starts_at").desc(nulls_first=True), "pk")
    )


# Class visits: a school class books one slot (an event of a class-visit programme).


def class_visit_slots(now=None):
    """Upcoming slots of published class-visit programmes that can be booked now and
    still have room, with seats taken."""
    now = now or timezone.now()
    return (
        upcoming_events(now)
        .filter(course__format=CLASS_VISIT, course__live=True)
        .filter(
            Q(registration_opens_at__isnull=True) | Q(registration_opens_at__lte=now),
            Q(registration_closes_at__isnull=True) | Q(registration_closes_at__gt=now),
        )
        .with_free_seats()
    )


def filter_class_visit_slots(slots, *, grade=None, topic="", course_key=None, **dates):
    """Narrow slots by the programme (grade range, subject, one programme) and by the
    slot itself (venues, languages, date_from, date_to: see filter_events)."""
    if grade is not None:
        fitting = CoursePage.objects.filter(courses_for_grade(grade))
        slots = slots.filter(course__in=fitting.values("pk"))
    if topic:
        topics = CoursePage.topics.through.objects.filter(
            coursepage_id=OuterRef("course_id"), topic__slug=topic
        )
        slots = slots.filter(Exists(topics))
    if course_key is not None:
        slots = slots.filter(course__translation_key=course_key)
    return filter_events(slots, **dates)


def by_programme(slots):
    """Slots grouped by programme, the programme with the earliest slot first."""
    first = (
        slots.filter(course_id=OuterRef("course_id"))
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    return slots.annotate(programme_starts=Subquery(first)).order_by(
        "programme_starts", "course_id", "starts_at", "pk"
    )


def prepare_slots(slots):
    """Give each slot its course and venue in the reader's language, its subjects and
    the room left, in a fixed number of queries (topics must be prefetched)."""
    slots = localize_courses(slots)
    venues = localized_venues({slot.venue.translation_key for slot in slots})
    topics = Topic.in_active_language()
    for slot in slots:
        slot.venue = venues.get(slot.venue.translation_key, slot.venue)
        slot.room_left = max(slot.capacity - slot.seats_taken, 0)
        slot.day = timezone.localdate(slot.starts_at)
        slot.subjects = [
            topics.get(t.translation_key, t) for t in slot.course.topics.all()
        ]
    return slots


def class_visit_topic_choices():
    """(slug, name) of the subjects of class-visit programmes, named in the reader's
    language where a translation exists (the slug is the same in every language)."""
    used = (
        CoursePage.objects.live()
        .filter(format=CLASS_VISIT)
        .values("topics__translation_key")
    )
    language = get_language()
    topics = {}
    for topic in Topic.objects.filter(translation_key__in=used).select_related(
        "locale"
    ):
        if (
            topic.translation_key not in topics
            or topic.locale.language_code == language
        ):
            topics[topic.translation_key] = topic
    named = sorted(topics.values(), key=lambda topic: (topic.sort_order, topic.name))
    return [(topic.slug, topic.name) for topic in named]


def class_visit_venue_choices():
    """(id, name) of the venues of upcoming class-visit slots, named in the reader's
    language where a translation exists (the id is the one the slots point at)."""
    venue_ids = (
        upcoming_events()
        .filter(course__format=CLASS_VISIT)
        .order_by()
        .values("venue_id")
    )
    venues = list(Venue.objects.filter(pk__in=venue_ids))
    localized = localized_venues({venue.translation_key for venue in venues})
    named = [
        (venue.pk, localized.get(venue.translation_key, venue)) for venue in venues
    ]
    named.sort(key=lambda item: (item[1].town, item[1].name))
    return [(pk, f"{venue.name}, {venue.town}") for pk, venue in named]
