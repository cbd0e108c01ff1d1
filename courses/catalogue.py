"""What the catalogue page shows: filtered results, pages, chips and the dates view."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from events import catalogue as dates

from . import demand
from .filters import CourseFilterSet
from .grades import grade_label
from .models import AudienceLevel, CoursePage, Provider, Topic

VIEWS = {"list", "dates"}

# The home page's entry points, as catalogue filters.
AUDIENCES = {
    "families": {"level": ["kita", "grundschule", "sek1"]},
    "schools": {"format": ["class_visit"]},
    "adults": {"level": ["ausbildung", "erwachsene", "senioren"]},
}


def catalogue_context(index_page, request):
    courses = (
        CoursePage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .select_related("provider")
        .prefetch_related("topics", "audience_levels")
    )
    filterset = CourseFilterSet(request.GET, queryset=courses, request=request)
    results = filterset.qs
    view = request.GET.get("view") if request.GET.get("view") in VIEWS else "list"
    context = {
        "filter": filterset,
        "view": view,
        "chips": active_filter_chips(filterset, request),
        "date_view_url": _with_query(request, view="dates", page=None),
        "list_view_url": _with_query(request, view=None, page=None),
    }
    if view == "dates":
        context.update(_dates_page(filterset, results, request))
    else:
        context.update(_courses_page(filterset, results, request))
    if (
        not context["result_count"]
        and filterset.is_valid()
        and not request.GET.get("page")
    ):
        demand.record(filterset.form.cleaned_data, get_language())
    return context


def _courses_page(filterset, results, request):
    paginator = Paginator(results, settings.CATALOGUE_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    courses = list(page.object_list)
    prepare_cards(courses, filterset.matching_events)
    return {
        "page_obj": page,
        "courses": courses,
        "result_count": paginator.count,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=1),
    }


def prepare_cards(courses, events):
    """Give each course card its next event among `events`, the seat state and the
    names of its topics, levels and provider in the active language (constant queries)."""
    next_events = dates.next_events(events, {c.translation_key for c in courses})
    topics = Topic.in_active_language()
    levels = AudienceLevel.in_active_language()
    providers = Provider.in_active_language()
    for course in courses:
        course.next_event = next_events.get(course.translation_key)
        if course.next_event:
            course.next_event.seat_state = dates.seat_state(course.next_event)
        course.localized_topics = [
            topics.get(t.translation_key, t) for t in course.topics.all()
        ]
        course.localized_levels = [
            levels.get(a.translation_key, a) for a in course.audience_levels.all()
        ]
        provider = course.provider
        course.localized_provider = provider and providers.get(
            provider.translation_key, provider
        )
    return courses


def _dates_page(filterset, results, request):
    events = dates.dated_events(filterset.matching_events).filter(
        course__translation_key__in=results.order_by().values("translation_key")
    )
    paginator = Paginator(events, settings.CATALOGUE_PAGE_SIZE * 2)
    page = paginator.get_page(request.GET.get("page"))
    rows = list(page.object_list)
    titles = dict(
        CoursePage.objects.filter(
            locale__language_code=get_language(),
            translation_key__in={e.course_key for e in rows},
        ).values_list("translation_key", "pk")
    )
    pages = CoursePage.objects.in_bulk(titles.values())
    for event in rows:
        event.course_page = pages.get(titles.get(event.course_key)) or event.course
        event.seat_state = dates.seat_state(event)
    return {
        "page_obj": page,
        "weeks": dates.group_by_week(rows),
        "result_count": paginator.count,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=1),
    }


def active_filter_chips(filterset, request):
    """One removable chip per active filter value: (label, url without that value)."""
    filterset.is_valid()  # invalid fields drop out of cleaned_data; valid ones keep chips
    chips = []
    for name, value in filterset.form.cleaned_data.items():
        if name in ("sort",) or value in (None, "", [], False):
            continue
        field = filterset.form.fields[name]
        choices = dict(getattr(field, "choices", []))
        values = value if isinstance(value, list) else [value]
        for item in values:
            label = choices.get(str(item), item) if choices else item
            if name == "age":
                label = _("Age %(age)s") % {"age": int(item)}
            elif name == "grade":
                label = grade_label(int(item))
            elif value is True:
                label = field.label
            elif name in ("date_from", "date_to"):
                label = f"{field.label} {item:%d.%m.%Y}"
            url = _without(request, name, item if isinstance(value, list) else None)
            chips.append({"label": label, "url": url})
    return chips


def _without(request, name, item=None):
    """The current query without one value of a list filter, or without a whole filter."""
    query = request.GET.copy()
    if item is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != item])
    query.pop("page", None)
    return "?" + query.urlencode()


def _with_query(request, **changes):
    query = request.GET.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value is not None:
            query[key] = value
    return "?" + query.urlencode()
