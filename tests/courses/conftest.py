"""Shared setup for catalogue tests: courses under the German catalogue, and a browser."""

import datetime
import html
import re
from dataclasses import dataclass

import pytest
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.models import Locale

from tests.factories import CoursePageFactory, EventFactory

CARD_TITLE = re.compile(
    r'class="(?:course-card__title|date-row__what)">\s*<a [^>]*>([^<]*)</a>'
)


def days_until(isoweekday):
    """Days from today to the next given weekday (1 = Monday), never today."""
    return (isoweekday - timezone.localdate().isoweekday()) % 7 or 7


@dataclass
class Listing:
    """What a visitor sees on one catalogue page."""

    response: HttpResponse

    @property
    def html(self):
        return self.response.content.decode()

    @property
    def count(self):
        return int(re.search(r'data-result-count="(\d+)"', self.html).group(1))

    @property
    def titles(self):
        return [html.unescape(title) for title in CARD_TITLE.findall(self.html)]

    def links(self, css_class):
        """The hrefs of links with this class, unescaped."""
        pattern = rf'<a class="{css_class}" href="([^"]*)"'
        return [html.unescape(href) for href in re.findall(pattern, self.html)]

    @property
    def page_links(self):
        """The hrefs in the pagination, unescaped."""
        nav = re.search(r'<nav class="pagination".*?</nav>', self.html, re.S)
        hrefs = re.findall(r'href="([^"]*)"', nav.group(0)) if nav else []
        return [html.unescape(href) for href in hrefs]


@pytest.fixture
def make_course(catalogue):
    """A published German course; topics and levels are saved with the page."""

    def make(*, topics=(), levels=(), **fields):
        course = CoursePageFactory(parent=catalogue, **fields)
        if topics or levels:
            course.topics.set(topics)
            course.audience_levels.set(levels)
            course.save_revision().publish()
        return course

    return make


@pytest.fixture
def dated_course(make_course):
    """A plain course with one upcoming event; keywords go to EventFactory."""

    def make(title, **event_fields):
        course = make_course(title=title)
        EventFactory(course=course, **event_fields)
        return course

    return make


@pytest.fixture
def browse(client, catalogue):
    """GET a catalogue (German by default) with filters as keyword arguments."""

    def get(path="/de/kurse/", **params):
        query = urlencode(params, doseq=True)
        response = client.get(f"{path}?{query}" if query else path)
        assert response.status_code == 200
        return Listing(response)

    return get


@pytest.fixture
def translate():
    """Publish a page's translation into a language, with an optional new slug."""

    def copy(page, language_code, **fields):
        translation = page.copy_for_translation(
            Locale.objects.get(language_code=language_code)
        )
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        translation.refresh_from_db()
        return translation

    return copy


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def in_days(today):
    """The local date `n` days from today."""
    return lambda n: today + datetime.timedelta(days=n)
