"""Fuzzing what the site answers outside the apps' forms: the read-only API for partner
websites (/api/v2/ pages and venues and their query parameters), /healthz, the language
switch, the calendar addresses and any path under a language prefix. Never a 500; an API
answers bad parameters with a 400 in JSON; no page echoes markup."""

from urllib.parse import quote, urlsplit

import pytest
from django.urls import URLResolver, get_resolver
from hypothesis import example, given
from hypothesis import strategies as st

from mint.paths import translated
from tests.factories import CoursePageFactory, EventFactory, UserFactory, VenueFactory
from tests.fuzz import (
    BROKEN,
    answered,
    csrf_client,
    form_post,
    fuzz,
    harmless,
    injection,
    nasty_text,
    param_value,
    params,
    query,
    raw_query,
    refused_without_csrf,
)

pytestmark = pytest.mark.django_db

PAGE_PARAMETERS = [
    "type",
    "fields",
    "limit",
    "offset",
    "order",
    "search",
    "search_operator",
    "locale",
    "translation_of",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "slug",
    "title",
    "id",
    "show_in_menus",
    "html_path",
    "site",
    "format",
]
VENUE_PARAMETERS = [
    "fields",
    "limit",
    "offset",
    "order",
    "search",
    "locale",
    "id",
    "name",
    "town",
    "country",
    "format",
]
TYPES = ["courses.CoursePage", "mint.HomePage", "wagtailcore.Page", "courses.Topic"]
FIELDS = ["*", "_", "title,-title", "upcoming_events", "topic_slugs(x)", "-id"]


def api_value():
    return st.one_of(param_value(), st.sampled_from(TYPES + FIELDS))


@pytest.fixture
def published(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Roboter bauen")
    EventFactory(course=course, venue=VenueFactory(town="Görlitz"))
    return course


def json_or_400(response):
    """An API answer: JSON, and a 400 (not a 500) for what it cannot take."""
    answered(response)
    assert response["Content-Type"].startswith("application/json"), response.content
    assert response.status_code in (200, 400, 404), response.status_code
    return response


@given(
    endpoint=st.sampled_from(["pages", "venues"]),
    pairs=params(PAGE_PARAMETERS + VENUE_PARAMETERS, api_value()),
)
@fuzz(60)
@example(endpoint="venues", pairs=[("locale", "\x00")])
@example(endpoint="pages", pairs=[("child_of", "99999999999999999999")])
@example(endpoint="pages", pairs=[("type", "courses.CoursePage"), ("search", "\x00")])
@example(endpoint="pages", pairs=[("limit", "1e309"), ("offset", "-1")])
@example(endpoint="pages", pairs=[("order", "random"), ("offset", "1")])
@example(endpoint="pages", pairs=[("html_path", "/\x00/")])
@example(endpoint="venues", pairs=[("id", "99999999999999999999")])
@example(endpoint="venues", pairs=[("offset", "99999999999999999999")])
def test_any_api_parameters(client, published, endpoint, pairs):
    json_or_400(client.get(f"/api/v2/{endpoint}/?{query(pairs)}"))


@given(
    endpoint=st.sampled_from(["pages", "venues"]),
    raw=raw_query(PAGE_PARAMETERS + VENUE_PARAMETERS),
)
@fuzz(30)
def test_api_parameters_with_broken_encoding(client, published, endpoint, raw):
    json_or_400(client.get(f"/api/v2/{endpoint}/?{raw}"))


@given(
    endpoint=st.sampled_from(["pages", "venues"]),
    item=st.one_of(
        st.integers(-(10**20), 10**20).map(str),
        nasty_text(max_size=12),
        st.sampled_from(BROKEN),
        st.just("find"),
    ),
    pairs=params(["fields", "html_path", "type"], api_value()),
)
@fuzz(30)
@example(endpoint="pages", item="99999999999999999999", pairs=[])
@example(endpoint="pages", item="find", pairs=[("html_path", "\x00")])
def test_any_api_item(client, published, endpoint, item, pairs):
    path = f"/api/v2/{endpoint}/{quote(item, safe='%') or 'x'}/?{query(pairs)}"
    response = answered(client.get(path))
    assert response.status_code in (200, 301, 302, 400, 404), response.status_code


@given(pairs=params(["format", "verbose"]), method=st.sampled_from(["get", "head"]))
@fuzz(15)
def test_the_health_check_ignores_what_it_is_sent(client, pairs, method):
    response = getattr(client, method)(f"/healthz?{query(pairs)}")
    assert response.status_code == 200


@given(
    language=st.one_of(st.sampled_from(["de", "pl", "cs", "en"]), nasty_text()),
    next_url=st.one_of(
        st.sampled_from(["/de/kurse/", "//evil.example/", "javascript:alert(1)"]),
        injection(),
        nasty_text(),
    ),
)
@fuzz(30)
@example(language="pl", next_url="/de/kurse/?q=\x00")
def test_the_language_switch(client, catalogue, language, next_url):
    response = answered(
        form_post(client, "/i18n/setlang/", {"language": language, "next": next_url})
    )
    assert response.status_code in (200, 302, 204)
    if response.status_code == 302:  # on this site (a relative address is, too)
        location = urlsplit(response["Location"].replace("\\", "/"))
        assert not location.scheme and not location.netloc, response["Location"]


def _views(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_view_outside_the_admin_skips_the_csrf_check(catalogue):
    """Every form the site posts is checked (the tests per app post each without the
    token); only the read-only API is exempt, and it takes no POST."""
    exempt = {
        route
        for route, view in _views(get_resolver().url_patterns)
        if getattr(view, "csrf_exempt", False) and not route.startswith("admin/")
    }
    assert exempt and all(route.startswith("api/v2/") for route in exempt), exempt
    for endpoint in ("pages", "venues"):
        response = csrf_client(UserFactory()).post(f"/api/v2/{endpoint}/", {})
        assert response.status_code in (403, 405)


def test_the_language_switch_needs_the_csrf_token(catalogue):
    response = form_post(csrf_client(), "/i18n/setlang/", {"language": "pl"})
    refused_without_csrf(response)


@given(token=st.one_of(nasty_text(), injection(), st.sampled_from(BROKEN)))
@fuzz(30)
@example(token="\x00")
@example(token="%00")
def test_any_calendar_address(client, db, token):
    UserFactory()
    response = client.get(f"/calendar/{quote(token, safe='%') or 'x'}.ics")
    assert harmless(response, token).status_code == 404


@given(
    event_id=st.one_of(st.integers(-(10**25), 10**25).map(str), nasty_text()),
    language=st.sampled_from(["de", "pl", "cs", "en"]),
)
@fuzz(20)
@example(event_id="99999999999999999999", language="de")
def test_any_event_calendar_file(client, published, event_id, language):
    events = translated("events", language)
    response = client.get(f"/{language}/{events}/{quote(event_id, safe='') or 'x'}.ics")
    assert answered(response).status_code in (200, 404)


@given(
    language=st.sampled_from(["de", "pl", "cs", "en", "xx", ""]),
    segments=st.lists(
        st.one_of(nasty_text(), injection(), st.sampled_from(BROKEN)),
        min_size=1,
        max_size=3,
    ),
    pairs=params(["q", "page", "next"]),
)
@fuzz(40)
@example(language="de", segments=["kurse", "\x00"], pairs=[])
@example(language="de", segments=["%ED%A0%80"], pairs=[])
@example(language="en", segments=["<script>alert(1)</script>"], pairs=[])
def test_any_path(client, published, language, segments, pairs):
    path = "/".join(quote(s, safe="%") or "x" for s in segments)
    response = client.get(f"/{language}/{path}/?{query(pairs)}")
    harmless(response, *segments, *(v for pair in pairs for v in pair))
