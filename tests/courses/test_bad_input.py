"""Whatever arrives in the query string, the catalogue answers 200 and says what was wrong."""

import pytest
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import CoursePage
from tests.factories import (
    AudienceLevelFactory,
    EventFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"

INVALID = [
    ("age", "abc"),
    ("age", "-5"),
    ("age", "1000"),
    ("grade", "99"),
    ("grade", "-1"),
    ("date_from", "2026-13-45"),
    ("date_to", "gestern"),
    ("date_to", "9999-12-31"),
    ("date_from", "0001-01-01"),
    ("weekday", "9"),
    ("topic", SCRIPT),
    ("level", "nobody"),
    ("format", "lecture"),
    ("language", "xx"),
    ("country", "US"),
    ("town", "Atlantis"),
    ("venue", "999999"),
    ("time", "midnight"),
    ("sort", "evil"),
    ("q", "x" * 5000),
    ("q", "\x00"),
]


@pytest.fixture
def robotics(make_course):
    """Two courses with dates, one about robotics."""
    course = make_course(
        title="Roboter bauen",
        topics=[TopicFactory(slug="robotik")],
        levels=[AudienceLevelFactory(slug="grundschule")],
    )
    EventFactory(course=course, venue=VenueFactory(town="Görlitz"))
    other = make_course(title="Experimente mit Wasser")
    EventFactory(course=other)
    return course


@pytest.mark.parametrize(("name", "value"), INVALID)
def test_invalid_value_shows_an_error_at_its_field(browse, robotics, name, value):
    html = browse(**{name: value}).html
    assert 'class="alert alert--error"' in html
    assert f'id="id_{name}_error"' in html


@pytest.mark.parametrize(("name", "value"), INVALID)
def test_invalid_value_leaves_the_other_filters_working(browse, robotics, name, value):
    valid = {"town": "Görlitz"} if name == "topic" else {"topic": "robotik"}
    assert browse(**{name: value}, **valid).titles == ["Roboter bauen"]


def test_invalid_filter_alone_shows_all_courses(browse, robotics):
    assert browse(age="abc").count == 2


def test_valid_filters_keep_their_chips_beside_an_invalid_one(browse, robotics):
    assert browse(topic="robotik", age="abc").links("chip") == ["?age=abc"]


def test_injected_script_in_a_choice_is_escaped(browse, robotics):
    html = browse(topic=SCRIPT).html
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_injected_script_in_the_search_is_escaped(browse, robotics):
    html = browse(q=SCRIPT).html
    assert SCRIPT not in html
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_search_text_is_shown_again_after_an_error(browse, robotics):
    html = browse(q="Roboter", age="abc").html
    assert 'name="q" value="Roboter"' in html
    assert 'name="age" value="abc"' in html


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE wagtailcore_page; --",
        "Roboter' OR '1'='1",
        '" OR 1=1 --',
        '"',
        'foo"bar',
        "50% Rabatt %s x",
        "Łódź Příliš žluťoučký kůň 🤖",
        "robot*",
        "NEAR(a b)",
        "AND OR NOT",
        "-(",
        "%_\\",
    ],
)
def test_odd_search_text_is_answered_without_error(browse, robotics, query):
    listing = browse(q=query)
    assert 'class="alert alert--error"' not in listing.html
    assert CoursePage.objects.count() == 2


def test_search_in_quotes_finds_the_words(search_index, browse, robotics):
    assert browse(q='"Roboter"').titles == ["Roboter bauen"]


def test_sql_in_the_search_finds_nothing_unexpected(browse, robotics):
    assert browse(q="Roboter' OR '1'='1").count <= 1


@pytest.mark.parametrize(
    "query",
    [
        "age=abc&age=8",
        "age=8&age=abc",
        "sort=title&sort=evil",
        "venue=1&venue=2",
        "topic=robotik&topic=robotik",
        "page=1&page=x&view=dates&view=list",
        "view=evil&page=-1",
        "free=maybe&seats=&step_free=0",
        "q=%00&date_from=%00",
        "%00=%00",
    ],
)
def test_repeated_and_odd_parameters_never_fail(client, robotics, query):
    assert client.get(f"/de/kurse/?{query}").status_code == 200


PARAMETERS = [
    "q",
    "age",
    "grade",
    "topic",
    "level",
    "format",
    "language",
    "country",
    "town",
    "venue",
    "date_from",
    "date_to",
    "weekday",
    "time",
    "free",
    "seats",
    "step_free",
    "sort",
    "view",
    "page",
]
VALUES = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30),
    st.integers(-(10**12), 10**12).map(str),
    st.dates().map(str),
    st.sampled_from(
        ["robotik", "class_visit", "pl", "CZ", "Görlitz", "evening", "on", "dates"]
    ),
)


@given(st.dictionaries(st.sampled_from(PARAMETERS), st.lists(VALUES, max_size=3)))
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_query_is_answered_with_200(client, robotics, params):
    response = client.get(f"/de/kurse/?{urlencode(params, doseq=True)}")
    assert response.status_code == 200
