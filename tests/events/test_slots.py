"""Slots in bulk: a weekly pattern expanded into dates without public holidays and
closed days, in local time across summer-time changes, and the slots created from it."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events import visits
from events.models import Event, GroupBooking, Session

# The expectations are German, the site's default language in the tests.
from events.slots import (
    ClosedDays,
    create_slots,
    expand_weekly,
    parse_closed_days,
    parse_times,
)
from events.visits import ClassDetails
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    SchoolFactory,
    VenueFactory,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
UTC = datetime.UTC
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = range(4)
NINE, ELEVEN = datetime.time(9), datetime.time(11)
NINETY_MINUTES = datetime.timedelta(minutes=90)


def expand(first_day, last_day, **kwargs):
    pattern = {
        "weekdays": [WEDNESDAY],
        "times": [NINE],
        "duration": NINETY_MINUTES,
        "first_day": first_day,
        "last_day": last_day,
        **kwargs,
    }
    return expand_weekly(**pattern)


def local(value):
    return value.astimezone(BERLIN).strftime("%a %Y-%m-%d %H:%M")


# Expanding the pattern


def test_weekdays_and_start_times_give_every_slot_in_order():
    plan = expand(
        datetime.date(2027, 1, 11),  # a Monday
        datetime.date(2027, 1, 20),
        weekdays=[WEDNESDAY, MONDAY],
        times=[ELEVEN, NINE],
    )

    assert [(local(start), local(end)) for start, end in plan.slots] == [
        ("Mon 2027-01-11 09:00", "Mon 2027-01-11 10:30"),
        ("Mon 2027-01-11 11:00", "Mon 2027-01-11 12:30"),
        ("Wed 2027-01-13 09:00", "Wed 2027-01-13 10:30"),
        ("Wed 2027-01-13 11:00", "Wed 2027-01-13 12:30"),
        ("Mon 2027-01-18 09:00", "Mon 2027-01-18 10:30"),
        ("Mon 2027-01-18 11:00", "Mon 2027-01-18 12:30"),
        ("Wed 2027-01-20 09:00", "Wed 2027-01-20 10:30"),
        ("Wed 2027-01-20 11:00", "Wed 2027-01-20 12:30"),
    ]
    assert plan.skipped == []
    assert all(start.tzinfo is not None for start, _end in plan.slots)


def test_first_and_last_day_are_included():
    plan = expand(datetime.date(2027, 1, 13), datetime.date(2027, 1, 13))
    assert [local(start) for start, _end in plan.slots] == ["Wed 2027-01-13 09:00"]


@pytest.mark.parametrize(
    "pattern",
    [
        {"weekdays": []},
        {"times": []},
        {"first_day": datetime.date(2027, 2, 1), "last_day": datetime.date(2027, 1, 1)},
    ],
)
def test_an_empty_pattern_gives_nothing(pattern):
    plan = expand_weekly(
        **{
            "weekdays": [MONDAY],
            "times": [NINE],
            "duration": NINETY_MINUTES,
            "first_day": datetime.date(2027, 1, 1),
            "last_day": datetime.date(2027, 1, 31),
            **pattern,
        }
    )
    assert (plan.slots, plan.skipped) == ([], [])


def test_saxon_holidays_are_skipped_with_their_name():
    # Buß- und Bettag is a public holiday in Saxony only: Wednesday 17 November 2027.
    plan = expand(
        datetime.date(2027, 11, 10), datetime.date(2027, 11, 24), country="DE"
    )

    assert [local(start) for start, _end in plan.slots] == [
        "Wed 2027-11-10 09:00",
        "Wed 2027-11-24 09:00",
    ]
    assert [skip.day for skip in plan.skipped] == [datetime.date(2027, 11, 17)]
    assert plan.skipped[0].reason == "Feiertag: Buß- und Bettag"


def test_the_reformation_day_is_a_holiday_in_saxony():
    plan = expand(
        datetime.date(2028, 10, 30),
        datetime.date(2028, 11, 1),
        weekdays=[TUESDAY],
        country="DE",
    )
    assert plan.slots == []
    assert "Reformationstag" in plan.skipped[0].reason


@pytest.mark.parametrize(
    ("country", "day", "name"),
    [
        # Polish Independence Day, a Thursday; named in German, as the admin is.
        ("PL", datetime.date(2027, 11, 11), "Nationalfeiertag der Unabhängigkeit"),
        # Czechoslovak independence day, a Thursday; no German name, so English.
        ("CZ", datetime.date(2027, 10, 28), "Independent Czechoslovak State Day"),
    ],
)
def test_polish_and_czech_holidays_follow_the_venue_country(country, day, name):
    pattern = {"weekdays": [THURSDAY], "first_day": day, "last_day": day}

    at_home = expand(country=country, **pattern)
    in_saxony = expand(country="DE", **pattern)

    assert at_home.slots == []
    assert name in at_home.skipped[0].reason
    assert len(in_saxony.slots) == 1


@pytest.mark.parametrize(
    ("language", "country", "day", "name"),
    [
        ("en", "DE", datetime.date(2027, 11, 17), "Repentance and Prayer Day"),
        ("cs", "CZ", datetime.date(2027, 10, 28), "Den vzniku samostatného"),
        ("pl", "PL", datetime.date(2027, 11, 11), "Narodowe Święto Niepodległości"),
    ],
)
def test_holiday_names_follow_the_active_language(language, country, day, name):
    with translation.override(language):
        plan = expand(day, day, weekdays=[day.weekday()], country=country)
    assert name in plan.skipped[0].reason


def test_closed_ranges_are_skipped_with_their_name():
    closed = parse_closed_days(
        "2027-04-03 – 2027-04-16 Osterferien\n\n2027-05-12\nBrückentag 28.05.2027"
    )
    plan = expand(
        datetime.date(2027, 3, 31),
        datetime.date(2027, 6, 2),
        closed=closed,
    )

    skipped = {skip.day: skip.reason for skip in plan.skipped}
    assert skipped == {
        datetime.date(2027, 4, 7): "Geschlossen: Osterferien (03.04.2027 – 16.04.2027)",
        datetime.date(
            2027, 4, 14
        ): "Geschlossen: Osterferien (03.04.2027 – 16.04.2027)",
        datetime.date(2027, 5, 12): "Geschlossen: 12.05.2027",
    }
    starts = {start.date() for start, _end in plan.slots}
    assert datetime.date(2027, 3, 31) in starts
    assert datetime.date(2027, 4, 21) in starts
    assert not starts & set(skipped)


def test_a_holiday_inside_a_closed_range_says_holiday():
    closed = [ClosedDays(datetime.date(2027, 11, 15), datetime.date(2027, 11, 19))]
    plan = expand(
        datetime.date(2027, 11, 17), datetime.date(2027, 11, 17), closed=closed
    )
    assert plan.skipped[0].reason == "Geschlossen: 15.11.2027 – 19.11.2027"

    with_country = expand(
        datetime.date(2027, 11, 17),
        datetime.date(2027, 11, 17),
        closed=closed,
        country="DE",
    )
    assert with_country.skipped[0].reason == "Feiertag: Buß- und Bettag"


@pytest.mark.parametrize(
    ("first_day", "utc_hours"),
    [
        # Summer time starts on Sunday 28 March 2027: 09:00 is 08:00, then 07:00 UTC.
        (datetime.date(2027, 3, 23), [8, 7]),
        # Summer time ends on Sunday 31 October 2027: 07:00, then 08:00 UTC.
        (datetime.date(2027, 10, 26), [7, 8]),
    ],
)
def test_local_nine_oclock_stays_nine_across_a_summer_time_change(first_day, utc_hours):
    plan = expand(
        first_day,
        first_day + datetime.timedelta(days=7),
        weekdays=[TUESDAY],
        tz=BERLIN,
    )

    assert [start.astimezone(BERLIN).time() for start, _end in plan.slots] == [
        NINE,
        NINE,
    ]
    assert [start.astimezone(UTC).hour for start, _end in plan.slots] == utc_hours
    assert all(end - start == NINETY_MINUTES for start, end in plan.slots)


def test_a_slot_over_the_clock_change_lasts_its_duration():
    # Sunday 28 March 2027 at 01:30: 02:00 becomes 03:00.
    plan = expand(
        datetime.date(2027, 3, 28),
        datetime.date(2027, 3, 28),
        weekdays=[6],
        times=[datetime.time(1, 30)],
        duration=datetime.timedelta(hours=1),
        tz=BERLIN,
    )
    ((start, end),) = plan.slots
    assert end.astimezone(UTC) - start.astimezone(UTC) == datetime.timedelta(hours=1)
    assert end.astimezone(BERLIN).time() == datetime.time(3, 30)


# Reading what staff type


def test_start_times_are_read_in_several_spellings():
    assert parse_times("09:00, 11:30; 9.00  14") == [
        NINE,
        datetime.time(11, 30),
        datetime.time(14),
    ]
    assert parse_times("  ") == []


@pytest.mark.parametrize("text", ["25:00", "9:60", "neun", "9:00-10:00"])
def test_a_time_that_is_not_a_time_is_refused_with_the_value(text):
    with pytest.raises(ValidationError) as caught:
        parse_times(text)
    assert text in caught.value.messages[0]


def test_closed_days_read_iso_and_german_dates_with_names():
    assert parse_closed_days(
        "Winterferien: 2027-02-15 - 2027-02-26\n14.05.2027\n  \n"
        "01.07.2027–13.08.2027 Sommerferien"
    ) == [
        ClosedDays(
            datetime.date(2027, 2, 15), datetime.date(2027, 2, 26), "Winterferien"
        ),
        ClosedDays(datetime.date(2027, 5, 14), datetime.date(2027, 5, 14)),
        ClosedDays(
            datetime.date(2027, 7, 1), datetime.date(2027, 8, 13), "Sommerferien"
        ),
    ]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Osterferien", "Zeile 1: „Osterferien“ ist weder ein Datum"),
        ("2027-04-03\n2027-02-30", "Zeile 2: „2027-02-30“ ist weder ein Datum"),
        ("2027-04-03 bis auf 2027-04-16", "ist weder ein Datum"),
        ("2027-01-01 2027-01-02 2027-01-03", "ist weder ein Datum"),
        ("2027-04-16 – 2027-04-03", "Zeile 1: Der Zeitraum endet, bevor er beginnt."),
    ],
)
def test_a_closed_line_that_cannot_be_read_says_which(text, says):
    with pytest.raises(ValidationError) as caught:
        parse_closed_days(text)
    assert says in caught.value.messages[0]


# Creating the slots


@pytest.fixture
def programme(catalogue):
    return ClassVisitFactory(parent=catalogue, title="Wasser unter der Lupe")


@pytest.fixture
def venue():
    return VenueFactory(name="Science-Center", country="DE")


def future_slots(count, *, hour=9):
    first = datetime.date.today() + datetime.timedelta(days=30)
    starts = [
        datetime.datetime.combine(
            first + datetime.timedelta(days=number), datetime.time(hour), BERLIN
        )
        for number in range(count)
    ]
    return [(start, start + NINETY_MINUTES) for start in starts]


def test_create_slots_makes_one_event_with_one_session_per_start(programme, venue):
    starts = future_slots(4)

    events = create_slots(programme, venue, 28, "pl", starts)

    assert len(events) == 4
    stored = Event.objects.filter(course=programme).order_by("starts_at")
    assert [(event.starts_at, event.ends_at) for event in stored] == starts
    assert [(event.starts_at, event.ends_at) for event in events] == starts
    for event in stored:
        assert (event.venue, event.capacity, event.language) == (venue, 28, "pl")
        assert event.status == Event.Status.SCHEDULED
        assert not event.waiting_list
        sessions = list(event.sessions.all())
        assert [(s.starts_at, s.ends_at) for s in sessions] == [
            (event.starts_at, event.ends_at)
        ]


def test_create_slots_takes_the_same_queries_for_few_and_many(programme, venue):
    with CaptureQueriesContext(connection) as few:
        create_slots(programme, venue, 28, "de", future_slots(2))
    with CaptureQueriesContext(connection) as many:
        create_slots(programme, venue, 28, "de", future_slots(40, hour=13))

    assert Session.objects.filter(event__course=programme).count() == 42
    assert len(many) == len(few)


def test_create_slots_leaves_out_slots_that_exist_already(programme, venue):
    starts = future_slots(3)
    create_slots(programme, venue, 28, "de", starts[:2])

    again = create_slots(programme, venue, 28, "de", starts)

    assert [event.starts_at for event in again] == [starts[2][0]]
    assert Event.objects.filter(course=programme).count() == 3
    # The same time at another venue is another slot.
    other = create_slots(programme, VenueFactory(), 28, "de", starts[:1])
    assert len(other) == 1


def test_create_slots_only_for_class_visit_programmes(catalogue, venue):
    workshop = CoursePageFactory(parent=catalogue)
    with pytest.raises(ValueError):
        create_slots(workshop, venue, 12, "de", future_slots(1))
    assert not Event.objects.exists()


def test_a_created_slot_can_be_booked_by_a_class(programme, venue):
    (slot,) = create_slots(programme, venue, 30, "de", future_slots(1))
    school = SchoolFactory()

    booking = visits.request(
        event_id=slot.pk,
        teacher=school.teacher,
        details=ClassDetails(
            school=school,
            class_name="6a",
            grade=6,
            pupils=22,
            adults=3,
            language="de",
            phone="+49 3583 1",
        ),
    )

    assert booking.status == GroupBooking.Status.REQUESTED
    assert Event.objects.upcoming().get(pk=slot.pk).seats_taken == 25
