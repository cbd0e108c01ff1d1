"""The number of database queries does not grow with the number of courses or dates."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    AudienceLevelFactory,
    EventFactory,
    ProviderFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

# Measured on SQLite with warm caches; most are per-request (site, locale, navigation,
# language links). Lower them when that overhead shrinks; raise them only with a reason.
LIST_QUERIES = 26
DATES_QUERIES = 22
COURSE_QUERIES = 25


def queries_for(client, url):
    """Queries for one request, after a first request has warmed the caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def add_courses(make_course):
    """Courses with two topics, a level, a provider and two events in two towns."""
    topics = [TopicFactory(), TopicFactory()]
    level = AudienceLevelFactory()
    zittau, goerlitz = VenueFactory(town="Zittau"), VenueFactory(town="Görlitz")

    def add(count):
        for _ in range(count):
            course = make_course(
                topics=topics, levels=[level], provider=ProviderFactory()
            )
            EventFactory(course=course, venue=zittau, sessions__days=3)
            EventFactory(course=course, venue=goerlitz, sessions__days=10)

    return add


@pytest.mark.parametrize(
    "query", ["", "?sort=title", "?town=Görlitz&weekday=1&weekday=6&free=on"]
)
def test_course_list_queries_do_not_grow_with_results(client, add_courses, query):
    add_courses(3)
    few = queries_for(client, f"/de/kurse/{query}")
    add_courses(12)
    many = queries_for(client, f"/de/kurse/{query}")
    assert few == many


def test_course_list_query_count_is_pinned(
    client, add_courses, django_assert_max_num_queries
):
    add_courses(15)
    client.get("/de/kurse/")
    with django_assert_max_num_queries(LIST_QUERIES):
        client.get("/de/kurse/")


def test_dates_view_queries_do_not_grow_with_results(client, add_courses):
    add_courses(3)
    few = queries_for(client, "/de/kurse/?view=dates")
    add_courses(12)
    many = queries_for(client, "/de/kurse/?view=dates")
    assert few == many


def test_dates_view_query_count_is_pinned(
    client, add_courses, django_assert_max_num_queries
):
    add_courses(15)
    client.get("/de/kurse/?view=dates")
    with django_assert_max_num_queries(DATES_QUERIES):
        client.get("/de/kurse/?view=dates")


@pytest.fixture
def course_with_events(make_course):
    """A course with `count` events of three sessions each, in as many venues."""
    topics = [TopicFactory(), TopicFactory()]
    level, provider = AudienceLevelFactory(), ProviderFactory()

    def make(count):
        course = make_course(topics=topics, levels=[level], provider=provider)
        for number in range(count):
            EventFactory(course=course, sessions__days=3 + number, sessions__count=3)
        return course

    return make


def test_course_page_queries_do_not_grow_with_events(client, course_with_events):
    one = queries_for(client, course_with_events(1).url)
    six = queries_for(client, course_with_events(6).url)
    assert one == six


def test_course_page_query_count_is_pinned(
    client, course_with_events, django_assert_max_num_queries
):
    url = course_with_events(6).url
    client.get(url)
    with django_assert_max_num_queries(COURSE_QUERIES):
        client.get(url)
