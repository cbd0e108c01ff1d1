"""Dates in each language's own form: Polish and Czech take the month's genitive
("20 marca 2027", "20. března 2027"), never a German pattern with their month names."""

import datetime

import pytest
from django.core import mail
from django.utils import formats, timezone, translation
from wagtail.models import Locale

from events import emails
from events.models import Registration, Session
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

SATURDAY = datetime.date(2027, 3, 20)
EXPECTED = {
    "de": {
        "DATE_FORMAT": "20. März 2027",
        "WEEKDAY_DATE_FORMAT": "Samstag, 20. März 2027",
        "SHORT_WEEKDAY_DATETIME_FORMAT": "Sa 20. März 2027, 10:00",
        "MONTH_DAY_FORMAT": "20. März",
    },
    "pl": {
        "DATE_FORMAT": "20 marca 2027",
        "WEEKDAY_DATE_FORMAT": "Sobota, 20 marca 2027",
        "SHORT_WEEKDAY_DATETIME_FORMAT": "So, 20 marca 2027, 10:00",
        "MONTH_DAY_FORMAT": "20 marca",
    },
    "cs": {
        "DATE_FORMAT": "20. března 2027",
        "WEEKDAY_DATE_FORMAT": "Sobota, 20. března 2027",
        "SHORT_WEEKDAY_DATETIME_FORMAT": "so 20. března 2027, 10:00",
        "MONTH_DAY_FORMAT": "20. března",
    },
    "en": {
        "DATE_FORMAT": "20 March 2027",
        "WEEKDAY_DATE_FORMAT": "Saturday, 20 March 2027",
        "SHORT_WEEKDAY_DATETIME_FORMAT": "Sat 20 Mar 2027, 10:00",
        "MONTH_DAY_FORMAT": "20 March",
    },
}
LANGUAGES = list(EXPECTED)
COURSE_SLUGS = {"de": "roboter", "pl": "roboty", "cs": "roboti", "en": "robots"}


def at_ten(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(EXPECTED["de"]))
def test_each_language_has_its_own_date_forms(language, name):
    with translation.override(language):
        assert formats.date_format(at_ten(SATURDAY), name) == EXPECTED[language][name]


@pytest.fixture
def event(catalogue):
    """A German course, translated into every language, with one date on a Saturday."""
    course = CoursePageFactory(parent=catalogue, slug=COURSE_SLUGS["de"])
    for code in ["pl", "cs", "en"]:
        copy = course.copy_for_translation(Locale.objects.get(language_code=code))
        copy.slug = COURSE_SLUGS[code]
        copy.save_revision().publish()
    event = EventFactory(course=course, sessions__count=0)
    start = at_ten(SATURDAY)
    Session.objects.create(
        event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )
    event.refresh_from_db()
    return event


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_course_page_dates_in_the_pages_language(client, event, language):
    page = event.course.get_translation(Locale.objects.get(language_code=language))
    html = client.get(page.url).content.decode()
    assert EXPECTED[language]["WEEKDAY_DATE_FORMAT"] in html
    assert EXPECTED[language]["SHORT_WEEKDAY_DATETIME_FORMAT"] in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_mail_dates_in_the_guardians_language(event, language):
    guardian = UserFactory(preferred_language=language)
    registration = RegistrationFactory(
        event=event,
        participant=ParticipantFactory(guardian=guardian),
        status=Registration.Status.CONFIRMED,
    )
    emails.send_registration_mail(registration.pk, "confirmed")
    [message] = mail.outbox
    assert EXPECTED[language]["WEEKDAY_DATE_FORMAT"] in message.body
    assert EXPECTED[language]["WEEKDAY_DATE_FORMAT"] in message.alternatives[0][0]
