"""Figures for the funder: the numbers against a hand-counted year, small numbers
withheld, empty and future periods, the admin report with its filters, charts and
downloads, the dashboard panel, and who may see them."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from courses.models import CoursePage
from events.figures import FEWER, WITHHELD, Figures, Filters, Period
from events.models import Attendance, Event, Registration, Session
from mint.people.models import School
from tests.factories import (
    AudienceLevelFactory,
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    ProviderFactory,
    RegistrationFactory,
    SchoolFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

YEAR = Period.year(2025)
NOW = timezone.make_aware(datetime.datetime(2026, 1, 15, 12))


def at(day, hour=10, minute=0):
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


def dated(course, venue, *starts, hours=2, **kwargs):
    """An event of `course` at `venue` with a session of `hours` at each start."""
    event = EventFactory(course=course, venue=venue, sessions__count=0, **kwargs)
    for start in starts:
        Session.objects.create(
            event=event,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=hours),
        )
    event.refresh_from_db()
    return event


def register(event, participant, status=Registration.Status.CONFIRMED):
    return RegistrationFactory(event=event, participant=participant, status=status)


def attend(registration, *statuses):
    """Marks for the event's sessions in order."""
    sessions = registration.event.sessions.order_by("starts_at")
    Attendance.objects.bulk_create(
        Attendance(
            registration=registration, session=session, status=status, method="tap"
        )
        for session, status in zip(sessions, statuses, strict=False)
    )
    return registration


def person(gender="female", country="DE", born=datetime.date(2016, 6, 1), **kwargs):
    return ParticipantFactory(
        gender=gender, home_country=country, birth_date=born, **kwargs
    )


@pytest.fixture
def year(catalogue):
    """A hand-counted 2025 (see the numbers in the tests):

    E1 robotics, Zittau (DE), March: two sessions of 2 h; 5 girls and 3 boys, all 8,
       at home in Germany; two boys came to the first session only; two children had
       been on a date in 2024.
    E2 Python, Liberec (CZ), May: three sessions of 1.5 h; six adults of 40 (two women,
       two men, one diverse, one not stated; four from CZ, two from PL), all came to
       everything; two more left on the waiting list.
    E3 robotics, Bogatynia (PL), November: one session of 3 h; a girl from E1 (now 9),
       a boy of 10 who turned 10 that day and a girl of 9 who turns 10 the day after:
       one present, one late, one absent. Robotics needs 4: below its minimum.
    Besides: a cancelled date in June and a date in 2024, which do not count, and
    one class visit of 24 pupils (22 present, 2 adults) in September."""
    robotics_provider = ProviderFactory(name="Hochschule Zittau/Görlitz")
    python_provider = ProviderFactory(name="Volkshochschule Dreiländereck")
    robotik, informatik = TopicFactory(name="Robotik"), TopicFactory(name="Informatik")
    primary, adults = (
        AudienceLevelFactory(name="Grundschule"),
        AudienceLevelFactory(name="Erwachsene"),
    )
    robotics = CoursePageFactory(
        parent=catalogue,
        title="Roboter bauen",
        format=CoursePage.Format.WORKSHOP,
        provider=robotics_provider,
        min_participants=4,
    )
    robotics.topics.set([robotik, informatik])
    robotics.audience_levels.set([primary])
    robotics.save()
    python = CoursePageFactory(
        parent=catalogue,
        title="Python für Erwachsene",
        format=CoursePage.Format.COURSE_SERIES,
        provider=python_provider,
        min_participants=5,
    )
    python.topics.set([informatik])
    python.audience_levels.set([adults])
    python.save()
    zittau = VenueFactory(name="Hochschule", town="Zittau", country="DE")
    liberec = VenueFactory(name="iQLANDIA", town="Liberec", country="CZ")
    bogatynia = VenueFactory(name="Dom Kultury", town="Bogatynia", country="PL")

    e1 = dated(
        robotics, zittau, at(datetime.date(2025, 3, 8)), at(datetime.date(2025, 3, 15))
    )
    girls = [person() for _ in range(5)]
    boys = [person("male") for _ in range(3)]
    for child in girls + boys[:1]:
        attend(register(e1, child), "present", "present")
    for child in boys[1:]:
        attend(register(e1, child), "present", "absent")
    earlier = dated(robotics, zittau, at(datetime.date(2024, 10, 5)))
    for child in (girls[1], boys[0]):
        attend(register(earlier, child), "present")

    e2 = dated(
        python,
        liberec,
        *(at(datetime.date(2025, 5, day), 18) for day in (6, 13, 20)),
        hours=1.5,
    )
    grown_up = datetime.date(1985, 1, 1)
    learners = [
        person("female", "CZ", grown_up),
        person("female", "CZ", grown_up),
        person("male", "CZ", grown_up),
        person("male", "PL", grown_up),
        person("diverse", "CZ", grown_up),
        person("", "PL", grown_up),
    ]
    for learner in learners:
        attend(register(e2, learner), "present", "late", "present")
    for _ in range(2):
        register(e2, person("female", "CZ", grown_up), Registration.Status.WAITLISTED)

    e3 = dated(robotics, bogatynia, at(datetime.date(2025, 11, 8)), hours=3)
    attend(register(e3, girls[0]), "present")
    attend(register(e3, person("male", "DE", datetime.date(2015, 11, 8))), "late")
    attend(register(e3, person("female", "", datetime.date(2015, 11, 9))), "absent")

    cancelled = dated(
        robotics, zittau, at(datetime.date(2025, 6, 1)), status=Event.Status.CANCELLED
    )
    register(cancelled, person())

    programme = ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")
    slot = dated(programme, zittau, at(datetime.date(2025, 9, 10)), capacity=30)
    GroupBookingFactory(
        event=slot,
        school=SchoolFactory(school_type=School.Type.SECONDARY, country="DE"),
        pupils=24,
        adults=2,
        pupils_present=22,
        adults_present=2,
    )
    return {
        "robotics": robotics,
        "python": python,
        "providers": (robotics_provider, python_provider),
        "venues": (zittau, liberec, bogatynia),
        "topics": (robotik, informatik),
        "e1": e1,
    }


def report(period=YEAR, **filters):
    return Figures(period, Filters(**filters), now=NOW)


def shown(cell):
    return cell.value if cell.shown else cell.mark


def headline(figures_):
    return {item.key: shown(item.cell) for item in figures_.headline}


def rows(breakdown, column="participants"):
    return {row.key: shown(row.cells[column]) for row in breakdown.rows}


def labelled(breakdown, column="participants"):
    return {str(row.label): shown(row.cells[column]) for row in breakdown.rows}


# The numbers


def test_the_headline_counts_the_year_by_hand(year):
    assert headline(report()) == {
        "registrations": 17,
        "participants": 16,  # the girl on E1 and E3 counts once
        "first_time": WITHHELD,  # 14, but with 2 returning it would give them away
        "returning": FEWER,
        "hours": 61.0,  # E1 5×4 + 1×4 + 2×2, E2 6×4.5, E3 3 + 3
        "attendance": 92,  # 34 of 37 sessions held
        "certificates_issued": 0,
        "class_confirmations": 0,
        "unmet_demand": FEWER,  # two left on E2's waiting list
        "events": 3,
        "below_minimum": 1,
        "classes": 1,
        "pupils": 24,
    }


def test_first_time_and_returning_people_show_when_both_are_large(year):
    e1 = year["e1"]
    returning = [r.participant for r in e1.registrations.all()[:5]]
    earlier = dated(year["robotics"], e1.venue, at(datetime.date(2024, 6, 1)))
    for participant in returning:
        register(earlier, participant)

    figures_ = headline(report())

    assert (figures_["first_time"], figures_["returning"]) == (10, 6)


def test_months_count_where_the_date_starts(year):
    by_month = report().by_month

    assert len(by_month.rows) == 12
    march = by_month.rows[2]
    assert {key: shown(cell) for key, cell in march.cells.items()} == {
        "registrations": 8,
        "participants": 8,
        "hours": 28.0,
        "attendance": 88,  # 14 of 16: 87.5 rounds up
        "certificates_issued": 0,
    }
    # November has three people: withheld, and May with it, or March - total = May
    # and total - March - May = November.
    assert rows(by_month)[2025, 11] == FEWER
    assert shown(by_month.rows[10].cells["hours"]) == WITHHELD
    assert rows(by_month)[2025, 5] == WITHHELD
    assert rows(by_month)[2025, 1] == 0
    assert [str(row.label) for row in by_month.rows[:2]] == [
        "Januar 2025",
        "Februar 2025",
    ]
    assert shown(by_month.total.cells["registrations"]) == 17


def test_gender_with_diverse_and_not_stated(year):
    by_gender = report().by_gender

    assert labelled(by_gender) == {
        "weiblich": 8,
        "männlich": 6,
        "divers": FEWER,
        "keine Angabe": FEWER,  # and those who did not say
    }
    assert labelled(by_gender, "registrations") == {
        "weiblich": 9,
        "männlich": 6,
        "divers": FEWER,
        "keine Angabe": FEWER,
    }
    assert labelled(by_gender, "hours") == {
        "weiblich": 32.0,
        "männlich": 20.0,
        "divers": WITHHELD,
        "keine Angabe": WITHHELD,
    }
    assert labelled(by_gender, "attendance") == {
        "weiblich": 94,  # 17 of 18
        "männlich": 85,  # 11 of 13
        "divers": WITHHELD,
        "keine Angabe": WITHHELD,
    }


def test_age_at_the_start_of_the_date(year):
    by_age = report().by_age

    assert rows(by_age) == {
        0: 0,
        6: 9,  # E1's eight at 8; E3's girls at 9 (one turns 10 the day after)
        10: FEWER,  # the boy who turned 10 that day
        14: 0,
        18: 0,
        26: WITHHELD,  # six, withheld so that the boy cannot be worked out
        50: 0,
        65: 0,
    }
    assert [str(row.label) for row in by_age.rows[1:3]] == ["6–9", "10–13"]


def test_countries_of_venue_and_of_residence(year):
    figures_ = report()

    assert labelled(figures_.by_venue_country) == {
        "Deutschland": 8,
        "Polen": FEWER,
        "Tschechien": WITHHELD,
    }
    assert rows(figures_.by_home_country) == {
        "DE": 9,  # 10 registrations: the girl on E1 and E3
        "PL": FEWER,
        "CZ": FEWER,
        "other": 0,
        "": FEWER,  # not stated
    }


def test_topics_and_levels_count_a_course_under_each(year):
    figures_ = report()

    assert labelled(figures_.by_topic) == {"Robotik": 10, "Informatik": 16}
    assert figures_.by_topic.total is None  # they overlap: no total
    assert labelled(figures_.by_audience_level) == {"Grundschule": 10, "Erwachsene": 6}


def test_topics_and_providers_are_labelled_in_the_readers_language(year):
    robotik = year["topics"][0]
    provider = year["providers"][0]
    polish = Locale.objects.get(language_code="pl")
    for item, name in ((robotik, "Robotyka"), (provider, "Politechnika Żytawa")):
        copy = item.copy_for_translation(polish)
        copy.name = name
        copy.save()

    with translation.override("pl"):
        figures_ = report()
        assert "Robotyka" in labelled(figures_.by_topic)
        assert "Politechnika Żytawa" in labelled(figures_.by_provider)


def test_format_venue_town_and_provider(year):
    figures_ = report()

    assert rows(figures_.by_format) == {
        "series": 6,
        "workshop": 10,
        "holiday": 0,
        "open_event": 0,
    }
    assert labelled(figures_.by_venue) == {
        "Hochschule, Zittau": 8,
        "iQLANDIA, Liberec": WITHHELD,
        "Dom Kultury, Bogatynia": FEWER,
    }
    assert labelled(figures_.by_town) == {
        "Zittau": 8,
        "Liberec": WITHHELD,
        "Bogatynia": FEWER,
    }
    assert labelled(figures_.by_provider) == {
        "Hochschule Zittau/Görlitz": 10,
        "Volkshochschule Dreiländereck": 6,
    }


def test_most_waitlisted_courses(year):
    demand = report().most_waitlisted()

    assert [(row.label, row.dates, shown(row.waiting)) for row in demand] == [
        ("Python für Erwachsene", 1, FEWER)
    ]


def test_waiting_lists_of_dates_still_to_come_are_not_unmet_demand(year):
    before_may = timezone.make_aware(datetime.datetime(2025, 5, 1))
    assert Figures(YEAR, now=before_may).unmet_demand == 0
    assert report().unmet_demand == 2


def test_class_visits_by_school_type_and_country(year):
    visits = report().class_visits

    assert visits["total"]["visits"] == 1
    assert visits["total"]["pupils"] == 24
    secondary = next(
        row for row in visits["by_type"] if row["label"] == School.Type.SECONDARY.label
    )
    assert secondary["pupils_present"] == 22


def test_a_provider_narrows_everything(year):
    robotics_provider, _ = year["providers"]

    figures_ = headline(report(provider=robotics_provider))

    assert figures_["registrations"] == 11
    assert figures_["participants"] == 10
    assert figures_["unmet_demand"] == 0
    assert figures_["classes"] == 0  # the class visit's programme has no provider


def test_a_venue_narrows_everything(year):
    zittau = year["venues"][0]

    figures_ = headline(report(venue=zittau))

    assert figures_["participants"] == 8
    assert figures_["classes"] == 1


def test_fewer_than_five_people_hide_the_whole_headline(year):
    bogatynia = year["venues"][2]

    figures_ = headline(report(venue=bogatynia))

    assert figures_["participants"] == FEWER
    assert figures_["registrations"] == FEWER
    assert figures_["hours"] == WITHHELD
    assert figures_["attendance"] == WITHHELD
    assert figures_["events"] == 1  # dates are not people


def test_an_empty_period_is_empty_not_an_error(year):
    figures_ = report(Period.year(2023))

    assert figures_.is_empty
    assert headline(figures_)["participants"] == 0
    assert not figures_.by_gender.has_data


def test_a_provider_without_events_is_empty(year):
    figures_ = report(provider=ProviderFactory())

    assert figures_.is_empty


def test_the_figures_take_the_same_queries_for_few_and_many(
    year, django_assert_num_queries
):
    def read():
        figures_ = report()
        return (
            figures_.headline,
            figures_.by_month,
            figures_.breakdowns,
            figures_.most_waitlisted(),
        )

    with django_assert_num_queries(QUERIES):
        read()
    e1 = year["e1"]
    for _ in range(20):
        attend(register(e1, person("diverse", "PL")), "present", "present")

    with django_assert_num_queries(QUERIES):
        read()


# facts, events, class visits (3), certificates, topics and levels (4), providers,
# waiting lists, course titles
QUERIES = 13
