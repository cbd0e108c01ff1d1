"""Figures for the funder: the numbers against a hand-counted year, small numbers
withheld, empty and future periods, the admin report with its filters, charts and
downloads, the dashboard panel, and who may see them."""

import csv
import datetime
import io

import openpyxl
import pypdf
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Locale

from courses.models import CoursePage
from events.figures import (
    FEWER,
    WITHHELD,
    Figures,
    Filters,
    Period,
    protected_visit_rows,
)
from events.models import Attendance, Event, GroupBooking, Registration, Session, WalkIn
from mint.people import privacy
from mint.people.models import Participant, School
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
    UserFactory,
    VenueFactory,
    staff_with,
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
    one class visit of 24 pupils (22 present, 2 adults) for 2 h in September.
    Walk-ins: six at E2's first session (1.5 h each), one at E3 (3 h), and one at the
    cancelled date, who does not count."""
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
    for session in [e2.sessions.first()] * 6 + [e3.sessions.get()]:
        WalkIn.objects.create(session=session, first_name="Gast")
    WalkIn.objects.create(session=cancelled.sessions.get(), first_name="Gast")

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
        "pupil_hours": 44.0,  # 22 present for 2 h
        "walk_ins": 7,
        "walk_in_hours": 12.0,  # 6 × 1.5 + 3
        "all_hours": 117.0,  # 61 + 44 + 12
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
    assert secondary["pupil_hours"] == 44.0
    assert visits["total"]["pupil_hours"] == 44.0


def test_pupil_hours_count_the_visits_whose_numbers_were_recorded(year):
    slot = GroupBooking.objects.get().event
    GroupBookingFactory(event=slot, pupils=20, pupils_present=None)  # not recorded
    GroupBookingFactory(
        event=slot,
        school=SchoolFactory(school_type=School.Type.PRIMARY, country="PL"),
        pupils=6,
        pupils_present=3,
    )
    visits = report().class_visits

    assert visits["total"]["pupil_hours"] == 50.0  # (22 + 3) × 2 h
    by_country = {row["label"]: row for row in visits["by_country"]}
    poland = by_country[Participant.HomeCountry.PL.label]
    row = protected_visit_rows([poland])[0]
    assert str(row.cells["pupils_present"]) == FEWER
    assert str(row.cells["pupil_hours"]) == WITHHELD  # 6 h ÷ 2 h would tell the 3


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
    assert figures_["pupil_hours"] == 44.0
    assert figures_["walk_ins"] == 0


def test_fewer_than_five_people_hide_the_whole_headline(year):
    bogatynia = year["venues"][2]

    figures_ = headline(report(venue=bogatynia))

    assert figures_["participants"] == FEWER
    assert figures_["registrations"] == FEWER
    assert figures_["hours"] == WITHHELD
    assert figures_["attendance"] == WITHHELD
    assert figures_["events"] == 1  # dates are not people
    assert figures_["walk_ins"] == FEWER
    assert figures_["walk_in_hours"] == WITHHELD
    assert figures_["all_hours"] == WITHHELD


def test_figures_stay_the_same_after_people_delete_their_accounts(year):
    before = report()
    tables = {b.name: rows(b) for b in before.breakdowns}
    for registration in year["e1"].registrations.confirmed()[:3]:
        privacy.delete_account(registration.participant.guardian)
    after = report()
    assert headline(after) == headline(before)
    assert {b.name: rows(b) for b in after.breakdowns} == tables
    assert year["e1"].registrations.confirmed().count() == 5  # the others are gone


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
    slot = GroupBooking.objects.get().event
    for _ in range(20):
        attend(register(e1, person("diverse", "PL")), "present", "present")
        WalkIn.objects.create(session=e1.sessions.first(), first_name="Gast")
        GroupBookingFactory(event=slot, pupils=10, pupils_present=9)

    with django_assert_num_queries(QUERIES):
        read()


# facts, events, class visits (4), walk-ins, certificates, topics and levels (4),
# providers, waiting lists, course titles
QUERIES = 15


# The report in the admin (which speaks German)

REPORT = reverse("figures:index")
YEAR_2025 = "first_day=2025-01-01&last_day=2025-12-31"


@pytest.fixture
def coordinator():
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def figure(page, key):
    return page.select_one(f'[data-figure="{key}"]').get_text(strip=True)


def cells(page, table, row):
    found = page.select_one(f'[data-figures="{table}"] [data-row="{row}"]')
    return [cell.get_text(strip=True) for cell in found.select("td")]


def test_the_report_shows_the_year_at_a_glance(admin, year):
    response = admin.get(f"{REPORT}?{YEAR_2025}")

    assert response.status_code == 200
    page = soup(response)
    assert figure(page, "participants") == "16"
    assert figure(page, "hours") == "61,0"
    assert figure(page, "attendance") == "92"
    assert figure(page, "returning") == FEWER
    assert figure(page, "first_time") == WITHHELD
    assert page.select_one("[data-figures-note]")


def test_each_breakdown_has_a_table_with_its_numbers(admin, year):
    page = soup(admin.get(f"{REPORT}?{YEAR_2025}"))

    # registrations, participants, hours, attendance, certificates
    assert cells(page, "gender", "female") == ["9", "8", "32,0", "94", "0"]
    assert cells(page, "gender", "diverse") == [FEWER, FEWER, WITHHELD, WITHHELD, "–"]
    total = page.select_one('[data-figures="gender"] [data-total]')
    assert [td.get_text(strip=True) for td in total.select("td")][:2] == ["17", "16"]
    for name in ("month", "audience_levels", "age", "topics", "format", "venue"):
        assert page.select_one(f'[data-figures="{name}"]'), name
    for name in ("town", "venue_country", "home_country", "provider"):
        assert page.select_one(f'[data-figures="{name}"]'), name
    assert cells(page, "visits_by_type", "secondary")[:3] == [
        "1",
        "1",
        "24",
    ]
    waiting = page.select_one('[data-figures="waiting"] tbody tr')
    assert waiting.th.get_text(strip=True) == "Python für Erwachsene"


def test_charts_are_named_described_and_followed_by_their_table(admin, year):
    page = soup(admin.get(f"{REPORT}?{YEAR_2025}"))

    charts = page.select("svg[role=img]")
    assert len(charts) == 11  # the months and ten breakdowns
    for chart in charts:
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.select_one(f"title#{title_id}").get_text(strip=True)
        assert chart.select_one(f"desc#{desc_id}").get_text(strip=True)
        assert chart.find_parent("section").select_one("table.figures-table")
    gender = page.select_one('svg[aria-labelledby^="chart-gender"]')
    # bars for the two rows shown, only the mark for the two withheld
    assert len(gender.select("rect")) == 2
    assert [t.get_text() for t in gender.select(".figures-chart__value")] == [
        "8",
        "6",
        FEWER,
        FEWER,
    ]
    months = page.select_one('svg[data-chart="columns"]')
    assert len(months.select("rect")) == 1  # March; May withheld, November small


def test_the_report_narrows_to_a_provider_and_a_venue(admin, year):
    robotics_provider = year["providers"][0]
    zittau = year["venues"][0]

    page = soup(admin.get(f"{REPORT}?{YEAR_2025}&provider={robotics_provider.pk}"))
    assert figure(page, "participants") == "10"

    page = soup(admin.get(f"{REPORT}?{YEAR_2025}&venue={zittau.pk}"))
    assert figure(page, "participants") == "8"


def test_without_a_selection_it_shows_this_year(admin, year):
    response = admin.get(REPORT)

    assert response.status_code == 200
    assert response.context["figures"].period == Period.this_year()


@pytest.mark.parametrize(
    "query, field, message",
    [
        ("first_day=gestern&last_day=2025-12-31", "first_day", "gültiges Datum"),
        ("first_day=2025-01-01&last_day=2025-13-01", "last_day", "gültiges Datum"),
        ("first_day=2025-05-01&last_day=2025-04-01", "last_day", "nicht vor dem"),
        (
            "first_day=2025-01-01&last_day=2025-12-31&provider=999",
            "provider",
            "gültige",
        ),
        ("first_day=2020-01-01&last_day=2025-12-31", "last_day", ""),
    ],
)
def test_bad_input_is_shown_at_the_field_in_german(admin, year, query, field, message):
    response = admin.get(f"{REPORT}?{query}")

    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert message in " ".join(errors)
    page = soup(response)
    assert page.select_one("[data-figures-invalid]")
    assert not page.select("[data-figure]")
    assert response.context["form"]["first_day"].value()  # what was typed stays


def test_bad_input_gives_no_download(admin, year):
    response = admin.get(f"{REPORT}?first_day=gestern&last_day=2025-12-31&export=xlsx")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_an_empty_period_says_so(admin, year):
    page = soup(admin.get(f"{REPORT}?first_day=2023-01-01&last_day=2023-12-31"))

    assert page.select_one("[data-figures-empty]")
    assert not page.select("svg[role=img]")


def test_a_provider_without_events_says_so(admin, year):
    provider = ProviderFactory()

    page = soup(admin.get(f"{REPORT}?{YEAR_2025}&provider={provider.pk}"))

    assert page.select_one("[data-figures-empty]")


def test_a_future_period_says_that_nothing_has_happened_yet(admin, year):
    next_year = timezone.localdate().year + 1
    query = f"first_day={next_year}-01-01&last_day={next_year}-12-31"

    page = soup(admin.get(f"{REPORT}?{query}"))

    assert page.select_one("[data-figures-future]")
    assert page.select_one("[data-figures-empty]")


def test_the_page_takes_the_same_queries_for_few_and_many(
    admin, year, django_assert_max_num_queries
):
    url = f"{REPORT}?{YEAR_2025}"
    with CaptureQueriesContext(connection) as few:
        admin.get(url)
    e1 = year["e1"]
    for _ in range(20):
        attend(register(e1, person("diverse", "PL")), "present", "present")
    with CaptureQueriesContext(connection) as many:
        response = admin.get(url)

    assert len(many) == len(few)
    assert figure(soup(response), "participants") == "36"


# Downloads


def test_the_xlsx_has_the_selection_and_a_sheet_per_table(admin, year):
    response = admin.get(f"{REPORT}?{YEAR_2025}&export=xlsx")

    assert response.status_code == 200
    assert "figures-2025-01-01-2025-12-31.xlsx" in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert len(workbook.sheetnames) == 1 + 1 + 10 + 2 + 1 + 1  # + searches
    overview = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert overview[1][1] == "01.01.2025–31.12.2025"  # the period, after the title
    values = {row[0]: row[1] for row in overview}
    assert values["Teilnehmende"] == 16
    assert values["Anmeldungen"] == 17
    by_gender = {
        row[0]: row[1:] for row in workbook.worksheets[11].iter_rows(values_only=True)
    }
    assert by_gender["weiblich"][:4] == (9, 8, 32, 94)
    assert by_gender["divers"][:3] == (FEWER, FEWER, WITHHELD)
    hours = next(workbook.worksheets[11].iter_rows(min_row=2, min_col=4, max_col=4))
    assert hours[0].number_format == "0.0"


def test_the_csv_has_a_line_per_figure(admin, year):
    response = admin.get(f"{REPORT}?{YEAR_2025}&export=csv")

    assert response.status_code == 200
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(lines[0]) == 4  # table, row, figure, value
    found = {(line[1], line[2]): line[3] for line in lines[1:]}
    assert found["weiblich", "Teilnehmende"] == "8"
    assert found["divers", "Teilnehmende"] == FEWER
    assert lines[1][3] == "01.01.2025–31.12.2025"  # the period first


def test_the_pdf_is_a_pdf_with_the_figures(admin, year):
    response = admin.get(f"{REPORT}?{YEAR_2025}&export=pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Teilnehmende" in text
    assert "Python für Erwachsene" in text


def pdf_text(content):
    return "\n".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages
    )


def test_no_download_holds_personal_data(admin, year):
    people = Participant.objects.all()
    secrets = set()
    for participant in people:
        secrets |= {
            participant.first_name,
            participant.guardian.email,
            participant.birth_date.isoformat(),
            date_format(participant.birth_date, "SHORT_DATE_FORMAT"),
        }
    downloads = {
        "csv": lambda r: b"".join(r.streaming_content).decode(),
        "xlsx": lambda r: xlsx_text(b"".join(r.streaming_content)),
        "pdf": lambda r: pdf_text(r.content),
    }

    for kind, read in downloads.items():
        text = read(admin.get(f"{REPORT}?{YEAR_2025}&export={kind}"))
        assert "Muster" not in text, kind  # every participant's last name
        leaked = [secret for secret in secrets if secret in text]
        assert not leaked, kind


def xlsx_text(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def test_text_in_a_download_never_runs_as_a_formula(admin, year):
    zittau = year["venues"][0]
    zittau.name = '=HYPERLINK("http://example.org")'
    zittau.save()

    response = admin.get(f"{REPORT}?{YEAR_2025}&export=xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    (cell,) = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if "HYPERLINK" in str(cell.value)
    ]
    assert cell.data_type == "s"

    response = admin.get(f"{REPORT}?{YEAR_2025}&export=csv")
    assert "'=HYPERLINK" in b"".join(response.streaming_content).decode()


# The dashboard


@pytest.fixture
def this_year(catalogue):
    """Six children on a date on the 1st of January this year."""
    course = CoursePageFactory(parent=catalogue, title="Roboter bauen")
    first = datetime.date(timezone.localdate().year, 1, 1)
    event = dated(course, VenueFactory(), at(first))
    for _ in range(6):
        register(event, person())
    return event


def test_the_dashboard_shows_this_years_figures(admin, this_year):
    page = soup(admin.get(reverse("wagtailadmin_home")))

    panel = page.select_one("[data-figures-panel]")
    assert panel.select_one('[data-figure="participants"]').get_text(strip=True) == "6"
    assert panel.select_one("svg[role=img]")
    assert panel.select_one('table[data-figures="month"]')
    assert panel.select_one(f'a[href="{REPORT}"]')


def test_the_dashboard_reads_the_same_queries_for_few_and_many(admin, this_year):
    home = reverse("wagtailadmin_home")
    admin.get(home)
    with CaptureQueriesContext(connection) as few:
        admin.get(home)
    for _ in range(20):
        register(this_year, person())
    with CaptureQueriesContext(connection) as many:
        admin.get(home)

    assert len(many) == len(few)


# Who may see the figures


@pytest.fixture(
    params=[
        "anonymous",
        "not staff",
        "staff without rights",
        "admin without rights",
        "instructor",
        "class visits only",
        "registrations only",
    ]
)
def outsider(request, client, year):
    users = {
        "anonymous": lambda: None,
        "not staff": UserFactory,
        "staff without rights": lambda: UserFactory(is_staff=True),
        "admin without rights": staff_with,
        "instructor": lambda: staff_with("view_attendance", "change_attendance"),
        "class visits only": lambda: staff_with("view_groupbooking"),
        "registrations only": lambda: staff_with("view_registration"),
    }
    user = users[request.param]()
    if user:
        client.force_login(user)
    return client


@pytest.mark.parametrize("export", ["", "xlsx", "csv", "pdf"])
def test_outsiders_see_no_figures(outsider, export):
    response = outsider.get(f"{REPORT}?{YEAR_2025}&export={export}")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location == reverse("wagtailadmin_home")
    assert b"Teilnehmende" not in response.content


def test_outsiders_get_no_menu_item_and_no_panel(client, this_year):
    client.force_login(staff_with("view_groupbooking"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert REPORT not in home
    assert "data-figures-panel" not in home


def test_who_may_see_the_figures_sees_them(client, year, this_year):
    client.force_login(staff_with("view_figures"))

    assert client.get(f"{REPORT}?{YEAR_2025}").status_code == 200
    assert client.get(f"{REPORT}?{YEAR_2025}&export=pdf").status_code == 200
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT in home
    assert "data-figures-panel" in home


def test_the_figures_do_not_open_the_registrations(client, year):
    """Reading the figures is no way to see who registered."""
    client.force_login(staff_with("view_figures"))

    assert client.get(f"{REPORT}?{YEAR_2025}").status_code == 200
    assert client.get(reverse("events_registration:index")).status_code in (302, 403)
