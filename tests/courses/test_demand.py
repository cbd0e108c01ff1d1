"""Searches that find nothing are counted as demand, without anything personal."""

import datetime

import pytest

from courses import demand
from courses.models import UnmetSearch
from events.figures import Figures, Period

pytestmark = pytest.mark.django_db


def test_a_search_without_results_is_counted_per_day(client, catalogue):
    for _ in range(3):
        response = client.get(f"{catalogue.url}?q=Drohnen+bauen&age=9")
        assert response.status_code == 200
    [row] = UnmetSearch.objects.all()
    assert (row.query, row.filters, row.count) == ("drohnen bauen", "age=9", 3)
    assert row.language == "de"


def test_searches_with_results_and_plain_visits_are_not_logged(client, catalogue):
    client.get(catalogue.url)
    client.get(f"{catalogue.url}?page=2&q=nichts")
    assert not UnmetSearch.objects.exists()


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("Roboter  für   Kinder", "roboter für kinder"),
        ("kurs für anna.nowak@example.org", "kurs für"),
        ("Rückruf 0171 2345678 bitte", "rückruf bitte"),
        ("x" * 300, "x" * 80),
    ],
)
def test_the_words_keep_nothing_that_identifies_someone(typed, kept):
    assert demand.tidy(typed) == kept


def test_the_figures_list_the_searches_most_asked_first(catalogue):
    today = datetime.date(2026, 3, 2)
    UnmetSearch.objects.create(day=today, language="de", query="drohnen", count=2)
    UnmetSearch.objects.create(day=today, language="pl", query="drony", count=5)
    UnmetSearch.objects.create(
        day=today.replace(day=3), language="de", query="drohnen", count=1
    )
    figures = Figures(Period.year(2026))
    assert [(r["query"], r["total"]) for r in figures.unmet_searches()] == [
        ("drony", 5),
        ("drohnen", 3),
    ]
