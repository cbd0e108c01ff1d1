"""School grades as one scale: a Kita group, grades 1–13, a vocational class; and
which courses fit an age or a grade (conditions on CoursePage's fields)."""

from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from .ages import courses_for_age

KITA = 0
VOCATIONAL = 14


def _numbered(grade: int) -> str:
    return pgettext("school grade", "Grade %(grade)s") % {"grade": grade}


_numbered_lazy = lazy(_numbered, str)

GRADES = [
    (KITA, _("Kita group")),
    *((grade, _numbered_lazy(grade)) for grade in range(1, 14)),
    (VOCATIONAL, _("Vocational class")),
]


def grade_label(grade: int) -> str:
    return str(dict(GRADES).get(grade, grade))


def typical_age(grade: int) -> int:
    """The usual age of a class in this grade, for courses that give ages only."""
    if grade == KITA:
        return 5
    if grade == VOCATIONAL:
        return 17
    return grade + 6


def courses_for_grade(grade):
    """Courses for a class in this grade (a condition on CoursePage): within the
    course's grade range (either end may be open); without one, by the usual age in
    that grade, so a Kita programme is not offered to grade 4."""
    by_grade = (
        (Q(grade_min__isnull=False) | Q(grade_max__isnull=False))
        & (Q(grade_min__isnull=True) | Q(grade_min__lte=grade))
        & (Q(grade_max__isnull=True) | Q(grade_max__gte=grade))
    )
    by_age = Q(grade_min__isnull=True, grade_max__isnull=True) & courses_for_age(
        typical_age(grade)
    )
    return by_grade | by_age
