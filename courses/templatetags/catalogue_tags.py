import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from courses.catalogue import AUDIENCES, prepare_cards
from courses.models import CourseIndexPage, CoursePage, Topic
from events import catalogue as dates

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context, audience=None, **params):
    """The catalogue of the active language, optionally filtered for an audience."""
    params = {**AUDIENCES.get(audience, {}), **params}
    url = _catalogue_base_url(context["request"])
    if not url:
        return ""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{url}?{urlencode(query, doseq=True)}" if query else url


def _catalogue_base_url(request):
    """The catalogue's URL in the active language, looked up once per request."""
    cache = request.__dict__.setdefault("_catalogue_urls", {})
    language = get_language()
    if language not in cache:
        index = (
            CourseIndexPage.objects.live()
            .filter(locale__language_code=language)
            .first()
        )
        cache[language] = index.get_url(request) if index else ""
    return cache[language]


@register.inclusion_tag("courses/includes/highlights.html", takes_context=True)
def upcoming_highlights(context, count=6):
    """The next courses with free seats, one card each, in the active language."""
    events = dates.upcoming_events().with_free_seats()
    courses = list(
        CoursePage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .filter(translation_key__in=dates.course_keys(events))
        .annotate(next_start=dates.next_start(events))
        .order_by("next_start", "pk")
        .select_related("provider")
        .prefetch_related("topics", "audience_levels")[:count]
    )
    prepare_cards(courses, events)
    return {"courses": courses, "request": context["request"]}


@register.simple_tag
def topics_in_use():
    """Topics of the active language, for the home page's topic tiles."""
    return Topic.objects.filter(locale__language_code=get_language())


@register.filter
def seat_label(state):
    return dates.SEAT_STATES.get(state, "")


@register.simple_tag(takes_context=True)
def course_json_ld(context, course, events):
    """schema.org Course with its events as CourseInstances, for search engines."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": course.teaser,
        "url": course.get_full_url(request),
        "inLanguage": course.locale.language_code,
        "hasCourseInstance": [
            {
                "@type": "CourseInstance",
                "courseMode": "onsite",
                "inLanguage": event.language,
                "startDate": event.starts_at.isoformat(),
                "endDate": event.ends_at.isoformat(),
                "location": {
                    "@type": "Place",
                    "name": event.venue.name,
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": event.venue.street,
                        "postalCode": event.venue.postcode,
                        "addressLocality": event.venue.town,
                        "addressCountry": event.venue.country,
                    },
                },
                "offers": {
                    "@type": "Offer",
                    "price": str(event.price),
                    "priceCurrency": "EUR",
                    "availability": "https://schema.org/"
                    + ("InStock" if event.seat_state in ("free", "few") else "SoldOut"),
                },
            }
            for event in events
        ],
    }
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    escaped = (
        payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(escaped)
    )
