"""The health check for load balancers, and the read-only API for partner websites."""

import pytest
from wagtail.models import Locale

from events.models import Event
from tests.factories import CoursePageFactory, EventFactory, TopicFactory, VenueFactory

pytestmark = pytest.mark.django_db

COURSES = "/api/v2/pages/?type=courses.CoursePage&fields=*"


# --- /healthz ------------------------------------------------------------------


def test_health_check_answers_ok_while_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_health_check_answers_503_when_the_database_fails(client, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise OSError("connection refused")

    monkeypatch.setattr("mint.views.connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"ok" not in response.content


def test_health_check_is_never_cached(client):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


# --- courses in the pages API --------------------------------------------------


@pytest.fixture
def course(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Roboter bauen")
    course.topics.set([TopicFactory(slug="robotik"), TopicFactory(slug="energie")])
    course.save_revision().publish()
    venue = VenueFactory(town="Görlitz", country="DE", step_free=True)
    EventFactory(course=course, venue=venue, sessions__count=2, language="pl")
    return course


def listed(client, url=COURSES):
    response = client.get(url)
    assert response.status_code == 200
    return {item["title"]: item for item in response.json()["items"]}


def test_api_lists_live_courses(client, course):
    assert list(listed(client)) == ["Roboter bauen"]


def test_api_lists_topic_slugs(client, course):
    assert sorted(listed(client)["Roboter bauen"]["topic_slugs"]) == [
        "energie",
        "robotik",
    ]


def test_api_lists_upcoming_events_with_venue_and_sessions(client, course):
    [event] = listed(client)["Roboter bauen"]["upcoming_events"]
    assert event["language"] == "pl"
    assert event["venue"]["town"] == "Görlitz"
    assert event["venue"]["step_free"] is True
    assert len(event["sessions"]) == 2
    assert event["starts_at"] == event["sessions"][0]["starts_at"]


def test_api_leaves_out_past_and_cancelled_events(client, course):
    EventFactory(course=course, sessions__days=-3)
    EventFactory(course=course, status=Event.Status.CANCELLED)
    assert len(listed(client)["Roboter bauen"]["upcoming_events"]) == 1


def test_api_does_not_list_drafts(client, course, catalogue):
    draft = CoursePageFactory(parent=catalogue, title="Entwurf")
    draft.unpublish()
    assert "Entwurf" not in listed(client)


def test_api_does_not_show_a_draft_by_id(client, course, catalogue):
    draft = CoursePageFactory(parent=catalogue, title="Entwurf")
    draft.unpublish()
    response = client.get(f"/api/v2/pages/{draft.pk}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_unknown_api_path_is_a_plain_404_not_a_redirect(client, catalogue):
    assert client.get("/api/v2/no-such-endpoint/").status_code == 404


# --- venues API ------------------------------------------------------------------


@pytest.fixture
def venues(db):
    zittau = VenueFactory(name="Science-Center", town="Zittau", country="DE")
    VenueFactory(name="Haus der Wissenschaft", town="Liberec", country="CZ")
    polish = zittau.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.name = "Centrum Nauki"
    polish.save()


def test_venues_api_lists_venues_with_town_and_country(client, venues):
    items = client.get("/api/v2/venues/").json()["items"]
    assert sorted((v["name"], v["town"], v["country"]) for v in items) == [
        ("Centrum Nauki", "Zittau", "DE"),
        ("Haus der Wissenschaft", "Liberec", "CZ"),
        ("Science-Center", "Zittau", "DE"),
    ]


def test_venues_api_filters_by_locale(client, venues):
    items = client.get("/api/v2/venues/?locale=pl").json()["items"]
    assert [v["name"] for v in items] == ["Centrum Nauki"]


def test_venue_detail_has_the_address(client, venues):
    venue = client.get("/api/v2/venues/?locale=de").json()["items"][0]
    detail = client.get(f"/api/v2/venues/{venue['id']}/").json()
    assert {"street", "postcode", "latitude", "longitude", "step_free"} <= set(detail)


# --- read-only -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/venues/"])
def test_api_is_read_only(client, course, venues, method, url):
    response = getattr(client, method)(url, {}, content_type="application/json")
    assert response.status_code == 405


@pytest.mark.parametrize("endpoint", ["pages", "venues"])
def test_an_offset_past_any_list_is_a_bad_request_not_an_error(
    client, catalogue, endpoint
):
    """PostgreSQL's integers end at about 9.2 × 10¹⁸: a larger offset failed there."""
    response = client.get(f"/api/v2/{endpoint}/?offset=99999999999999999999")

    assert response.status_code == 400
    assert "offset cannot be higher than" in response.json()["message"]
