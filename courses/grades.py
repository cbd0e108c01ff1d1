"""School grades as one scale: a Kita group, grades 1–13, a vocational class."""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

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
