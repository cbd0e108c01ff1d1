"""Catalogue search finds what a visitor obviously means, in every language, on
SQLite and PostgreSQL: parts of words, German word forms, title matches first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import UnmetSearch

pytestmark = pytest.mark.django_db


@pytest.fixture
def german(search_index, make_course):
    make_course(title="Roboter bauen")
    make_course(title="Robotik für Einsteiger", teaser="Sensoren und Motoren.")
    make_course(title="Mikroskopieren für Kinder", teaser="Zellen ansehen.")
    make_course(title="Experimente mit Wasser", teaser="Es spritzt.")


@pytest.mark.parametrize("query", ["robot", "Robot", "ROBO"])
def test_the_start_of_a_word_finds_german_courses(german, browse, query):
    assert set(browse(q=query).titles) == {"Roboter bauen", "Robotik für Einsteiger"}


@pytest.mark.parametrize("query", ["Mikroskop", "Mikroskopieren", "mikroskopieren"])
def test_a_word_and_its_start_find_the_course(german, browse, query):
    assert browse(q=query).titles == ["Mikroskopieren für Kinder"]


def test_every_word_must_be_found_each_may_be_a_start(german, browse):
    assert browse(q="robot bau").titles == ["Roboter bauen"]
    assert browse(q="Robotik für").titles == ["Robotik für Einsteiger"]


def test_a_word_in_the_teaser_is_found_by_its_start(german, browse):
    assert browse(q="Sensor").titles == ["Robotik für Einsteiger"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's full-text search has no German stemmer",
)
def test_german_word_forms_find_each_other_on_postgresql(german, browse):
    assert browse(q="Kindern").titles == ["Mikroskopieren für Kinder"]
    assert browse(q="Zelle").titles == ["Mikroskopieren für Kinder"]


@pytest.mark.parametrize(
    ("language", "path", "title"),
    [("pl", "/pl/kursy/", "Budujemy roboty"), ("cs", "/cs/kurzy/", "Stavíme roboty")],
)
def test_polish_and_czech_courses_are_found_by_the_start_of_a_word(
    search_index, browse, make_course, translate, language, path, title
):
    robots = make_course(title="Roboter bauen")
    water = make_course(title="Experimente mit Wasser")
    translate(robots, language, title=title, slug="roboty")
    translate(water, language, title="Woda", slug="woda")
    assert browse(path, q="robot").titles == [title]
    assert browse(path, q="Robotik").count == 0


def test_a_title_match_comes_before_a_teaser_match(search_index, browse, dated_course):
    soon = dated_course("Sternwarte", sessions__days=2)
    soon.teaser = "Den Mond sehen, danach einen Roboter steuern."
    soon.save_revision().publish()
    dated_course("Roboter bauen", sessions__days=20)
    assert browse(q="Roboter").titles == ["Roboter bauen", "Sternwarte"]
    assert browse().titles == ["Sternwarte", "Roboter bauen"]


def test_title_matches_keep_the_chosen_order_among_themselves(
    search_index, browse, dated_course
):
    dated_course("Roboter löten", sessions__days=2)
    dated_course("Roboter bauen", sessions__days=20)
    assert browse(q="Roboter").titles == ["Roboter löten", "Roboter bauen"]
    assert browse(q="Roboter", sort="title").titles == [
        "Roboter bauen",
        "Roboter löten",
    ]


def test_nonsense_finds_nothing_and_is_counted_as_demand(german, browse):
    assert browse(q="Xqzvbw").count == 0
    assert UnmetSearch.objects.get().query == "xqzvbw"


@pytest.mark.parametrize(
    "query", ['"robot', "robot*", "robot:*", "'robot'", "robot\\", "_ (robot) -!&|"]
)
def test_odd_characters_around_a_word_do_not_hide_it(german, browse, query):
    assert set(browse(q=query).titles) == {"Roboter bauen", "Robotik für Einsteiger"}


@pytest.mark.parametrize(
    "query",
    [
        "AND OR NOT",
        "NEAR(a b)",
        "- ! & | :",
        "Łódź Příliš žluťoučký kůň 🤖",
        "a " * 100,
    ],
)
def test_odd_search_text_is_answered(german, browse, query):
    assert 'class="alert alert--error"' not in browse(q=query).html


def test_a_search_costs_the_same_queries_however_many_it_finds(
    search_index, browse, make_course
):
    def measure():
        browse(q="kur")
        with CaptureQueriesContext(connection) as captured:
            listing = browse(q="kur")
        return len(captured), listing.count

    for _ in range(3):
        make_course()  # titled "Kurs <n>"
    few, found = measure()
    for _ in range(12):
        make_course()
    assert measure() == (few, found + 12)
    assert found == 3
