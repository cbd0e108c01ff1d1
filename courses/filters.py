"""The catalogue's filters: plain GET parameters, checked by a form, applied in one place."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from events import catalogue as dates

from .ages import courses_for_age
from .grades import KITA, VOCATIONAL, courses_for_grade
from .models import AudienceLevel, CoursePage, Topic
from .search import search_courses

WEEKDAYS = [
    ("1", _("Monday")),
    ("2", _("Tuesday")),
    ("3", _("Wednesday")),
    ("4", _("Thursday")),
    ("5", _("Friday")),
    ("6", _("Saturday")),
    ("7", _("Sunday")),
]
SORTS = [("date", _("Next date")), ("title", _("Title"))]

# Filters that narrow the dates; the others describe the course itself.
EVENT_FILTERS = {
    "venue": "venues",
    "town": "towns",
    "country": "countries",
    "language": "languages",
    "date_from": "date_from",
    "date_to": "date_to",
    "weekday": "weekdays",
    "time": "times",
    "free": "free_of_charge",
    "seats": "free_seats",
    "step_free": "step_free",
}


def _checkboxes(**kwargs):
    return django_filters.MultipleChoiceFilter(
        widget=forms.CheckboxSelectMultiple, method="_collect", **kwargs
    )


def _toggle(label):
    return django_filters.BooleanFilter(
        label=label, widget=forms.CheckboxInput, method="_collect"
    )


class CourseFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="_collect", max_length=200)
    age = django_filters.NumberFilter(
        label=_("Age of the participant"), method="_collect", min_value=0, max_value=120
    )
    grade = django_filters.NumberFilter(
        label=_("School grade"), method="_collect", min_value=KITA, max_value=VOCATIONAL
    )
    topic = _checkboxes(label=_("Topic"))
    level = _checkboxes(label=_("Audience"))
    format = _checkboxes(label=_("Format"), choices=CoursePage.Format.choices)
    language = _checkboxes(
        label=_("Language of instruction"), choices=settings.LANGUAGES
    )
    country = _checkboxes(label=_("Country"), choices=dates.COUNTRIES)
    town = _checkboxes(label=_("Town"))
    venue = django_filters.ChoiceFilter(
        label=_("Venue"), method="_collect", empty_label=_("All venues")
    )
    date_from = django_filters.DateFilter(
        label=_("From"),
        method="_collect",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[dates.validate_search_date],
    )
    date_to = django_filters.DateFilter(
        label=_("Until"),
        method="_collect",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[dates.validate_search_date],
    )
    weekday = _checkboxes(label=_("Weekday"), choices=WEEKDAYS)
    time = _checkboxes(label=_("Time of day"), choices=dates.TIMES_OF_DAY)
    free = _toggle(_("Free of charge"))
    seats = _toggle(_("Only with free seats"))
    step_free = _toggle(_("Step-free venue"))
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), method="_collect", choices=SORTS, empty_label=None
    )

    class Meta:
        model = CoursePage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language()
        self.filters["topic"].extra["choices"] = [
            (t.slug, t.name)
            for t in Topic.objects.filter(locale__language_code=language)
        ]
        self.filters["level"].extra["choices"] = [
            (a.slug, a.name)
            for a in AudienceLevel.objects.filter(locale__language_code=language)
        ]
        self.filters["town"].extra["choices"] = dates.town_choices()
        self.filters["venue"].extra["choices"] = dates.venue_choices()

    def _collect(self, queryset, name, value):
        """Every filter is applied together in `filter_queryset`."""
        return queryset

    def filter_queryset(self, queryset):
        data = {
            k: v for k, v in self.form.cleaned_data.items() if v not in (None, "", [])
        }
        queryset = _course_filters(queryset, data)

        criteria = {
            EVENT_FILTERS[name]: [value] if name == "venue" else value
            for name, value in data.items()
            if name in EVENT_FILTERS and value is not False
        }
        events = dates.filter_events(dates.upcoming_events(), **criteria)
        self.matching_events = events
        if criteria:
            queryset = queryset.filter(translation_key__in=dates.course_keys(events))
        queryset = queryset.annotate(next_start=dates.next_start(events))

        order = ["title", "pk"]
        if data.get("sort") != "title":
            order.insert(0, F("next_start").asc(nulls_last=True))
        if data.get("q"):
            queryset, ranking = search_courses(queryset, data["q"])
            order = ranking + order
        return queryset.order_by(*order)


def _course_filters(queryset, data):
    through = CoursePage.topics.through
    if "topic" in data:
        queryset = queryset.filter(
            pk__in=through.objects.filter(topic__slug__in=data["topic"]).values(
                "coursepage_id"
            )
        )
    if "level" in data:
        levels = CoursePage.audience_levels.through.objects.filter(
            audiencelevel__slug__in=data["level"]
        )
        queryset = queryset.filter(pk__in=levels.values("coursepage_id"))
    if "format" in data:
        queryset = queryset.filter(format__in=data["format"])
    if "age" in data:
        queryset = queryset.filter(courses_for_age(int(data["age"])))
    if "grade" in data:
        queryset = queryset.filter(courses_for_grade(int(data["grade"])))
    return queryset
