"""The German catalogue at /de/kurse/, filtered by plain GET parameters."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from courses.models import CoursePage
from events.models import Event, Session
from tests.courses.conftest import days_until
from tests.factories import (
    AudienceLevelFactory,
    EventFactory,
    RegistrationFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

MONDAY, SATURDAY, SUNDAY = 1, 6, 7
EXACT, BIRTH_YEAR = CoursePage.AgeRule.EXACT, CoursePage.AgeRule.BIRTH_YEAR


def query_of(url):
    return parse_qs(urlsplit(url).query)


# --- full text ---------------------------------------------------------------


def test_search_finds_a_word_in_the_title(search_index, browse, dated_course):
    dated_course("Roboter bauen")
    dated_course("Experimente mit Wasser")
    assert browse(q="Roboter").titles == ["Roboter bauen"]


def test_search_finds_a_word_in_the_teaser(search_index, browse, make_course):
    make_course(title="Lötkurs", teaser="Wir bauen ein blinkendes Namensschild.")
    make_course(title="Sternwarte", teaser="Den Mond durch das Teleskop sehen.")
    assert browse(q="Teleskop").titles == ["Sternwarte"]


def test_search_without_a_match_shows_no_course(browse, make_course):
    make_course(title="Roboter bauen")
    assert browse(q="Vulkan").count == 0


# --- age and grade -----------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "shown"), [(7, False), (8, True), (10, True), (11, False)]
)
def test_age_with_exact_rule_must_lie_within_the_range(browse, make_course, age, shown):
    make_course(title="Für 8 bis 10", age_min=8, age_max=10, age_rule=EXACT)
    assert browse(age=age).count == int(shown)


@pytest.mark.parametrize(
    ("age", "shown"), [(6, False), (7, True), (10, True), (11, False)]
)
def test_age_with_birth_year_rule_admits_children_one_year_younger_today(
    browse, make_course, age, shown
):
    """Under the birth-year rule a 7-year-old may turn 8 within the course year."""
    make_course(title="Für 8 bis 10", age_min=8, age_max=10, age_rule=BIRTH_YEAR)
    assert browse(age=age).count == int(shown)


def test_age_filter_keeps_courses_with_open_age_ends(browse, make_course):
    make_course(title="Ab 8", age_min=8)
    make_course(title="Bis 10", age_max=10)
    make_course(title="Für alle")
    make_course(title="Ab 12", age_min=12)
    assert browse(age=9, sort="title").titles == ["Ab 8", "Bis 10", "Für alle"]


@pytest.mark.parametrize(
    ("grade", "shown"), [(2, False), (3, True), (4, True), (5, False)]
)
def test_grade_must_lie_within_the_grade_range(browse, make_course, grade, shown):
    make_course(
        title="Klassenbesuch 3/4",
        format=CoursePage.Format.CLASS_VISIT,
        grade_min=3,
        grade_max=4,
        age_min=3,  # the age range is not used when there is a grade range
        age_max=5,
    )
    assert browse(grade=grade).count == int(shown)


@pytest.mark.parametrize(
    ("grade", "shown"), [(1, False), (2, True), (4, True), (5, False)]
)
def test_grade_without_grade_range_uses_the_typical_age_grade_plus_six(
    browse, make_course, grade, shown
):
    make_course(title="Für 8 bis 10", age_min=8, age_max=10)
    assert browse(grade=grade).count == int(shown)


def test_grade_range_open_at_the_top_includes_higher_grades(browse, make_course):
    make_course(title="Ab Klasse 5", grade_min=5)
    assert browse(grade=9).titles == ["Ab Klasse 5"]
    assert browse(grade=4).count == 0


# --- what --------------------------------------------------------------------


def test_topic_filters_by_slug(browse, make_course):
    make_course(title="Roboter", topics=[TopicFactory(slug="robotik")])
    make_course(title="Chemie", topics=[TopicFactory(slug="chemie")])
    assert browse(topic="robotik").titles == ["Roboter"]


def test_several_topics_show_courses_with_any_of_them(browse, make_course):
    make_course(title="Roboter", topics=[TopicFactory(slug="robotik")])
    make_course(title="Chemie", topics=[TopicFactory(slug="chemie")])
    make_course(title="Sterne", topics=[TopicFactory(slug="astronomie")])
    listing = browse(topic=["robotik", "chemie"], sort="title")
    assert listing.titles == ["Chemie", "Roboter"]


def test_course_with_two_matching_topics_is_listed_once(browse, make_course):
    make_course(
        title="Solarroboter",
        topics=[TopicFactory(slug="robotik"), TopicFactory(slug="energie")],
    )
    assert browse(topic=["robotik", "energie"]).titles == ["Solarroboter"]


def test_level_filters_by_audience_level(browse, make_course):
    make_course(title="Kita", levels=[AudienceLevelFactory(slug="kita")])
    make_course(title="Senioren", levels=[AudienceLevelFactory(slug="senioren")])
    assert browse(level="senioren").titles == ["Senioren"]


def test_format_filters_by_course_format(browse, make_course):
    make_course(title="Besuch", format=CoursePage.Format.CLASS_VISIT)
    make_course(title="Workshop", format=CoursePage.Format.WORKSHOP)
    assert browse(format="class_visit").titles == ["Besuch"]


# --- where -------------------------------------------------------------------


def test_language_filters_by_the_language_of_an_event(browse, dated_course):
    dated_course("Deutsch", language="de")
    dated_course("Polnisch", language="pl")
    assert browse(language="pl").titles == ["Polnisch"]


def test_country_filters_by_the_venue_country(browse, dated_course):
    dated_course("In Zittau", venue=VenueFactory(town="Zittau", country="DE"))
    dated_course("In Liberec", venue=VenueFactory(town="Liberec", country="CZ"))
    assert browse(country="CZ").titles == ["In Liberec"]


def test_town_filters_by_the_venue_town(browse, dated_course):
    dated_course("In Zittau", venue=VenueFactory(town="Zittau"))
    dated_course("In Görlitz", venue=VenueFactory(town="Görlitz"))
    assert browse(town="Görlitz").titles == ["In Görlitz"]


def test_venue_filters_by_venue_id(browse, dated_course):
    lab = VenueFactory(name="Labor")
    dated_course("Im Labor", venue=lab)
    dated_course("Woanders")
    assert browse(venue=lab.pk).titles == ["Im Labor"]


def test_step_free_shows_only_courses_at_step_free_venues(browse, dated_course):
    dated_course("Barrierefrei", venue=VenueFactory(step_free=True))
    dated_course("Treppe", venue=VenueFactory(step_free=False))
    assert browse(step_free="on").titles == ["Barrierefrei"]


# --- when --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"date_from": 5}, True),
        ({"date_from": 6}, False),
        ({"date_to": 5}, True),
        ({"date_to": 4}, False),
        ({"date_from": 5, "date_to": 5}, True),
    ],
)
def test_date_range_includes_both_days(browse, dated_course, in_days, params, shown):
    dated_course("In fünf Tagen", sessions__days=5, sessions__hour=23)
    query = {name: in_days(n).isoformat() for name, n in params.items()}
    assert browse(**query).count == int(shown)


def test_weekday_filters_by_the_day_of_a_session(browse, dated_course):
    dated_course("Montags", sessions__days=days_until(MONDAY))
    dated_course("Samstags", sessions__days=days_until(SATURDAY))
    assert browse(weekday=MONDAY).titles == ["Montags"]


def test_several_weekdays_show_courses_on_any_of_them(browse, dated_course):
    dated_course("Montags", sessions__days=days_until(MONDAY))
    dated_course("Samstags", sessions__days=days_until(SATURDAY))
    assert browse(weekday=[MONDAY, SATURDAY]).count == 2


def test_weekday_uses_local_time(browse, dated_course):
    """Monday 00:00 in Zittau is still Sunday in UTC: it counts as a Monday."""
    dated_course("Mitternacht", sessions__days=days_until(MONDAY), sessions__hour=0)
    assert browse(weekday=MONDAY).count == 1
    assert browse(weekday=SUNDAY).count == 0


@pytest.mark.parametrize(
    ("hour", "time"),
    [(8, "morning"), (11, "morning"), (12, "afternoon"), (16, "afternoon")]
    + [(17, "evening"), (20, "evening")],
)
def test_time_of_day_uses_local_hours(browse, dated_course, hour, time):
    dated_course("Kurs", sessions__hour=hour)
    others = {"morning", "afternoon", "evening"} - {time}
    assert browse(time=time).count == 1
    assert browse(time=sorted(others)).count == 0


# --- price and seats ---------------------------------------------------------


def test_free_shows_only_courses_free_of_charge(browse, dated_course):
    dated_course("Kostenlos", price=0)
    dated_course("Bezahlt", price=12)
    assert browse(free="on").titles == ["Kostenlos"]


def test_seats_hides_fully_booked_events(browse, dated_course):
    full = dated_course("Ausgebucht", capacity=2)
    dated_course("Frei", capacity=2)
    RegistrationFactory(event=full.events.get(), seats=2)
    assert browse(seats="on").titles == ["Frei"]


def test_seats_counts_only_confirmed_registrations(browse, dated_course):
    course = dated_course("Warteliste", capacity=1)
    RegistrationFactory(event=course.events.get(), status="waitlisted")
    RegistrationFactory(event=course.events.get(), status="cancelled")
    assert browse(seats="on").titles == ["Warteliste"]


# --- one and the same event --------------------------------------------------


@pytest.fixture
def weekdays_in_zittau_saturdays_in_goerlitz(make_course):
    course = make_course(title="Zwei Orte")
    EventFactory(
        course=course,
        venue=VenueFactory(town="Zittau"),
        sessions__days=days_until(MONDAY),
    )
    EventFactory(
        course=course,
        venue=VenueFactory(town="Görlitz"),
        sessions__days=days_until(SATURDAY),
    )
    return course


def test_town_and_weekday_must_hold_for_the_same_event(
    browse, weekdays_in_zittau_saturdays_in_goerlitz
):
    assert browse(town="Görlitz", weekday=[1, 2, 3, 4, 5]).count == 0
    assert browse(town="Zittau", weekday=SATURDAY).count == 0


def test_town_and_weekday_of_one_event_find_the_course(
    browse, weekdays_in_zittau_saturdays_in_goerlitz
):
    assert browse(town="Görlitz", weekday=SATURDAY).count == 1
    assert browse(town="Zittau", weekday=MONDAY).count == 1


def test_price_and_town_must_hold_for_the_same_event(browse, make_course):
    course = make_course(title="Zwei Preise")
    EventFactory(course=course, venue=VenueFactory(town="Zittau"), price=0)
    EventFactory(course=course, venue=VenueFactory(town="Görlitz"), price=15)
    assert browse(free="on", town="Görlitz").count == 0


def test_weekday_and_time_must_hold_for_the_same_session(browse, make_course):
    course = make_course(title="Montagmorgen, Samstagabend")
    event = EventFactory(course=course, sessions__days=days_until(MONDAY))
    saturday = timezone.localdate() + datetime.timedelta(days=days_until(SATURDAY))
    start = timezone.make_aware(datetime.datetime.combine(saturday, datetime.time(19)))
    Session.objects.create(
        event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )
    assert browse(weekday=MONDAY, time="evening").count == 0
    assert browse(weekday=SATURDAY, time="evening").count == 1


def test_card_shows_the_next_event_that_matches(
    browse, weekdays_in_zittau_saturdays_in_goerlitz
):
    html = browse(town="Görlitz").html
    assert "<dd>Görlitz</dd>" in html
    assert "<dd>Zittau</dd>" not in html


# --- past and cancelled events -------------------------------------------------


def test_past_events_never_match_an_event_filter(browse, make_course):
    course = make_course(title="Vorbei in Görlitz")
    EventFactory(course=course, venue=VenueFactory(town="Görlitz"), sessions__days=-2)
    EventFactory(course=course, venue=VenueFactory(town="Zittau"), sessions__days=3)
    assert browse(town="Görlitz").count == 0


def test_cancelled_events_never_match_an_event_filter(browse, make_course):
    course = make_course(title="Abgesagt in Görlitz")
    EventFactory(
        course=course, venue=VenueFactory(town="Görlitz"), status=Event.Status.CANCELLED
    )
    EventFactory(course=course, venue=VenueFactory(town="Zittau"))
    assert browse(town="Görlitz").count == 0


def test_course_with_only_past_or_cancelled_events_shows_no_dates(browse, make_course):
    course = make_course(title="Nichts mehr")
    EventFactory(course=course, sessions__days=-2)
    EventFactory(course=course, status=Event.Status.CANCELLED)
    listing = browse()
    assert listing.titles == ["Nichts mehr"]
    assert 'class="seats seats--none"' in listing.html


def test_course_without_upcoming_events_is_hidden_by_a_date_filter(
    browse, make_course, in_days
):
    make_course(title="Ohne Termin")
    assert browse(date_from=in_days(1).isoformat()).count == 0


def test_courses_without_dates_are_listed_last(browse, make_course, dated_course):
    make_course(title="A ohne Termin")
    dated_course("Z mit Termin", sessions__days=30)
    assert browse().titles == ["Z mit Termin", "A ohne Termin"]


# --- order and pages ---------------------------------------------------------


@pytest.fixture
def three_courses(make_course, dated_course):
    dated_course("Beta", sessions__days=2)
    dated_course("Alpha", sessions__days=10)
    make_course(title="Aaron ohne Termin")


def test_courses_are_sorted_by_next_date_by_default(browse, three_courses):
    assert browse().titles == ["Beta", "Alpha", "Aaron ohne Termin"]
    assert browse(sort="date").titles == ["Beta", "Alpha", "Aaron ohne Termin"]


def test_courses_can_be_sorted_by_title(browse, three_courses):
    assert browse(sort="title").titles == ["Aaron ohne Termin", "Alpha", "Beta"]


def test_date_order_uses_the_next_matching_event(browse, make_course):
    early = make_course(title="Früh in Zittau, spät in Görlitz")
    EventFactory(course=early, venue=VenueFactory(town="Zittau"), sessions__days=2)
    EventFactory(course=early, venue=VenueFactory(town="Görlitz"), sessions__days=20)
    middle = make_course(title="Mittendrin in Görlitz")
    EventFactory(course=middle, venue=VenueFactory(town="Görlitz"), sessions__days=10)

    assert browse().titles[0] == "Früh in Zittau, spät in Görlitz"
    assert browse(town="Görlitz").titles[0] == "Mittendrin in Görlitz"


@pytest.fixture
def five_robot_courses(settings, make_course):
    """Five robotics courses (A–E) and one other, two courses per page."""
    settings.CATALOGUE_PAGE_SIZE = 2
    robotics = TopicFactory(slug="robotik")
    for title in "ABCDE":
        make_course(title=f"Roboter {title}", topics=[robotics])
    make_course(title="Chemie", topics=[TopicFactory(slug="chemie")])


def test_pagination_links_keep_the_filters(browse, five_robot_courses):
    listing = browse(topic="robotik", sort="title")
    assert listing.count == 5
    assert listing.page_links
    for query in map(query_of, listing.page_links):
        assert query["topic"] == ["robotik"]
        assert query["sort"] == ["title"]


def test_page_beyond_the_end_shows_the_last_page(browse, five_robot_courses):
    listing = browse(topic="robotik", sort="title", page=999)
    assert listing.titles == ["Roboter E"]


def test_page_that_is_not_a_number_shows_the_first_page(browse, five_robot_courses):
    listing = browse(topic="robotik", sort="title", page="abc")
    assert listing.titles == ["Roboter A", "Roboter B"]


# --- active filters ----------------------------------------------------------


def test_each_chip_removes_exactly_its_own_value(browse, make_course):
    course = make_course(title="Roboter", topics=[TopicFactory(slug="robotik")])
    EventFactory(course=course, price=0)
    TopicFactory(slug="chemie")
    listing = browse(topic=["robotik", "chemie"], age=8, free="on", page=1)
    remaining = sorted(
        sorted(
            (key, value) for key, values in query_of(url).items() for value in values
        )
        for url in listing.links("chip")
    )
    everything = [
        ("age", "8"),
        ("free", "on"),
        ("topic", "chemie"),
        ("topic", "robotik"),
    ]
    assert remaining == sorted(
        [item for item in everything if item != removed] for removed in everything
    )


def test_chip_links_start_again_at_the_first_page(browse, five_robot_courses):
    listing = browse(topic="robotik", page=2)
    assert listing.links("chip") == ["?"]


def test_the_closed_filters_button_counts_the_active_filters(browse):
    html = browse(age=8, free="on").html
    with translation.override("de"):
        label = ngettext(
            "Filters (%(counter)s active)", "Filters (%(counter)s active)", 2
        ) % {"counter": 2}
    assert f"{label}</summary>" in html
    assert '<details class="filters-disclosure">' in html  # closed: results first


def test_a_filter_that_cannot_be_used_opens_the_filters(browse):
    html = browse(age="sieben").html
    assert '<details class="filters-disclosure" open>' in html


def test_no_results_suggest_removing_a_filter(browse, make_course):
    make_course(title="Roboter", topics=[TopicFactory(slug="robotik")], age_min=12)
    listing = browse(topic="robotik", age=8)
    assert listing.count == 0
    empty = listing.html.split('class="empty"', 1)[1]
    assert '<a class="chip" href="?age=8">' in empty
    assert '<a class="chip" href="?topic=robotik">' in empty


# --- dates view --------------------------------------------------------------


@pytest.fixture
def dates_in_two_weeks(make_course):
    """Three dates: Tuesday and Thursday of next week, and the Tuesday after."""
    monday = days_until(MONDAY)
    series = make_course(title="Reihe")
    EventFactory(course=series, sessions__days=monday + 1)
    EventFactory(course=series, sessions__days=monday + 8)
    workshop = make_course(title="Workshop")
    EventFactory(
        course=workshop, venue=VenueFactory(town="Görlitz"), sessions__days=monday + 3
    )
    make_course(title="Ohne Termin")


def test_dates_view_lists_each_event_in_date_order(browse, dates_in_two_weeks):
    listing = browse(view="dates")
    assert listing.count == 3
    assert listing.titles == ["Reihe", "Workshop", "Reihe"]


def test_dates_view_groups_events_by_week(browse, dates_in_two_weeks):
    assert browse(view="dates").html.count('class="week"') == 2


def test_dates_view_applies_the_filters(browse, dates_in_two_weeks):
    assert browse(view="dates", town="Görlitz").titles == ["Workshop"]


def test_list_view_counts_courses_with_the_same_filters(browse, dates_in_two_weeks):
    assert browse().count == 3
    assert browse(town="Zittau").count == 1
