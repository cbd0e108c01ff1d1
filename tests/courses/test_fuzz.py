"""Fuzzing the catalogue's GET parameters beyond tests/courses/test_bad_input.py:
unusual unicode and NUL bytes, very long values, script payloads in every parameter and
in the names, broken percent-encoding, every language and both views. The catalogue
always answers 200, echoes nothing as markup and keeps what was typed in its fields."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.factories import (
    AudienceLevelFactory,
    EventFactory,
    TopicFactory,
    VenueFactory,
)
from tests.fuzz import (
    fuzz,
    harmless,
    injection,
    kept,
    nasty_text,
    params,
    query,
    raw_query,
)

from .test_bad_input import PARAMETERS

pytestmark = pytest.mark.django_db

CATALOGUES = ["/de/kurse/", "/pl/kursy/", "/cs/kurzy/", "/en/courses/"]
# The fields that show what was typed (the others are choices and checkboxes).
TYPED = ["q", "age", "grade", "date_from", "date_to"]


@pytest.fixture
def courses(make_course):
    """Two dated courses, one with a topic and a level, at two venues."""
    course = make_course(
        title="Roboter bauen",
        topics=[TopicFactory(slug="robotik")],
        levels=[AudienceLevelFactory(slug="grundschule")],
    )
    EventFactory(course=course, venue=VenueFactory(town="Görlitz", country="DE"))
    EventFactory(course=make_course(title="Wasser"), venue=VenueFactory(country="PL"))
    return course


def last_values(pairs):
    """What the form reads: the last value given for each name."""
    return dict(pairs)


@given(
    path=st.sampled_from(CATALOGUES),
    view=st.sampled_from([[], [("view", "dates")]]),
    pairs=params(PARAMETERS),
)
@fuzz(60)
@example(
    path="/de/kurse/",
    view=[],
    pairs=[("q", "\x00<script>alert(1)</script>"), ("age", '"><img src=x onerror=a>')],
)
@example(path="/de/kurse/", view=[], pairs=[("date_from", "\u202e2026-01-01\x00")])
@example(path="/en/courses/", view=[("view", "dates")], pairs=[("q", "🤖" * 5000)])
def test_any_parameters_are_answered_escaped_and_kept(
    client, courses, path, view, pairs
):
    pairs = pairs + view
    response = harmless(
        client.get(f"{path}?{query(pairs)}"), *(v for pair in pairs for v in pair)
    )
    assert response.status_code == 200
    typed = {k: v for k, v in last_values(pairs).items() if k in TYPED}
    kept(response, **typed)


@given(name=st.sampled_from(PARAMETERS), payload=injection())
@fuzz(40)
def test_a_script_in_any_parameter_comes_back_as_text(client, courses, name, payload):
    response = client.get(f"/de/kurse/?{query([(name, payload)])}")
    assert harmless(response, payload).status_code == 200


@given(name=injection(), value=nasty_text())
@fuzz(25)
def test_unknown_parameter_names_are_ignored(client, courses, name, value):
    """Names are echoed too: in the chips' and pages' links, in the view switch."""
    response = client.get(f"/de/kurse/?{query([(name, value), ('view', 'dates')])}")
    assert harmless(response, name, value).status_code == 200


@given(path=st.sampled_from(CATALOGUES), raw=raw_query(PARAMETERS))
@fuzz(40)
@example(path="/de/kurse/", raw="q=%ED%A0%80&age=%FF&topic=%C0%AE&%00=%00")
def test_broken_percent_encoding_is_answered(client, courses, path, raw):
    assert harmless(client.get(f"{path}?{raw}")).status_code == 200
