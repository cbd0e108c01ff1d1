"""Age rules: who counts as old enough for a course, by exact age or by birth year."""

import datetime

from django.db.models import Q

from mint.people.models import age_on

EXACT = "exact"
BIRTH_YEAR = "birth_year"


def course_age(birth_date: datetime.date, day: datetime.date, rule: str) -> int:
    """The age a course compares with its range: on the day, or reached in that year."""
    if rule == BIRTH_YEAR:
        return day.year - birth_date.year
    return age_on(birth_date, day)


def fits_age_range(age: int, age_min: int | None, age_max: int | None) -> bool:
    return (age_min is None or age >= age_min) and (age_max is None or age <= age_max)


def courses_for_age(age):
    """Courses for a participant of this present age (a condition on CoursePage).
    Under the birth-year rule they may be one year older in the course year, so a
    course starting one year above still fits."""
    upper = Q(age_max__isnull=True) | Q(age_max__gte=age)
    exact = Q(age_rule=EXACT) & (Q(age_min__isnull=True) | Q(age_min__lte=age))
    birth_year = Q(age_rule=BIRTH_YEAR) & (
        Q(age_min__isnull=True) | Q(age_min__lte=age + 1)
    )
    return upper & (exact | birth_year)
