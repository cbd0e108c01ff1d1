"""Age rules: completed years on the day, or the age reached in the course year."""

import datetime

import pytest

from courses import ages
from courses.models import CoursePage

D = datetime.date
BORN = D(2016, 5, 10)


@pytest.mark.parametrize(
    ("day", "age"),
    [(D(2026, 5, 9), 9), (D(2026, 5, 10), 10), (D(2026, 5, 11), 10)],
    ids=["day before birthday", "on birthday", "day after birthday"],
)
def test_age_on_counts_completed_years(day, age):
    assert ages.age_on(BORN, day) == age


@pytest.mark.parametrize(
    ("day", "age"),
    [
        (D(2025, 2, 28), 8),  # not a leap year: still 8 on 28 February
        (D(2025, 3, 1), 9),  # … and 9 from 1 March
        (D(2028, 2, 28), 11),  # leap year: the day before the birthday
        (D(2028, 2, 29), 12),  # leap year: on the birthday itself
    ],
)
def test_age_on_29_february_birthday_counts_from_1_march_in_common_years(day, age):
    assert ages.age_on(D(2016, 2, 29), day) == age


def test_exact_rule_uses_the_age_on_the_day():
    assert ages.course_age(BORN, D(2026, 1, 15), ages.EXACT) == 9


def test_birth_year_rule_uses_the_age_reached_in_the_course_year():
    assert ages.course_age(BORN, D(2026, 1, 15), ages.BIRTH_YEAR) == 10


def test_birth_year_rule_ignores_the_birthday_within_the_year():
    assert ages.course_age(D(2016, 12, 31), D(2026, 1, 1), ages.BIRTH_YEAR) == 10


@pytest.mark.parametrize(
    ("age", "low", "high", "fits"),
    [
        (8, 8, 10, True),
        (10, 8, 10, True),
        (7, 8, 10, False),
        (11, 8, 10, False),
        (0, None, 10, True),
        (11, None, 10, False),
        (99, 8, None, True),
        (7, 8, None, False),
        (50, None, None, True),
    ],
)
def test_fits_age_range_includes_both_ends_and_open_ends_are_unbounded(
    age, low, high, fits
):
    assert ages.fits_age_range(age, low, high) is fits


COURSE_DAY = D(2026, 6, 1)


@pytest.fixture
def course_8_to_10(db):
    """An unsaved course for ages 8–10 (a page reads its default locale from the db)."""
    return lambda rule: CoursePage(age_min=8, age_max=10, age_rule=rule)


@pytest.mark.parametrize(
    ("born", "accepted"),
    [
        (D(2018, 6, 1), True),  # turns 8 on the first day
        (D(2018, 6, 2), False),  # turns 8 one day too late
        (D(2015, 6, 2), True),  # still 10 on the first day
        (D(2015, 6, 1), False),  # turns 11 on the first day
    ],
)
def test_course_with_exact_rule_accepts_by_age_on_the_first_day(
    course_8_to_10, born, accepted
):
    assert course_8_to_10(ages.EXACT).accepts(born, COURSE_DAY) is accepted


@pytest.mark.parametrize(
    ("born", "accepted"),
    [
        (D(2018, 12, 31), True),  # turns 8 in the course year
        (D(2019, 1, 1), False),  # turns 8 only the year after
        (D(2016, 1, 1), True),  # turns 10 in the course year
        (D(2015, 12, 31), False),  # turns 11 in the course year
    ],
)
def test_course_with_birth_year_rule_accepts_by_birth_year(
    course_8_to_10, born, accepted
):
    assert course_8_to_10(ages.BIRTH_YEAR).accepts(born, COURSE_DAY) is accepted


def test_course_without_age_range_accepts_everyone(db):
    course = CoursePage(age_rule=ages.EXACT)
    assert course.accepts(D(2026, 5, 31), COURSE_DAY)
    assert course.accepts(D(1930, 1, 1), COURSE_DAY)
