"""Certificates: a course with a certificate rule, dates that have ended, people with
their attendance, and issued certificates."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from wagtail.models import Site

from certificates import services
from courses.models import CoursePage
from events.models import Attendance
from mint.models import OrganisationSettings
from tests import factories
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits count in the cache: every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organisation(home_page):
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "Science-Center Oberlausitz"
    settings.save()
    return settings


@pytest.fixture
def course(catalogue, organisation):
    """A course series with certificates of participation: 80 % of the sessions,
    20 teaching units, two learning outcomes."""
    return CoursePageFactory(
        parent=catalogue,
        title="Roboter bauen und programmieren",
        format=CoursePage.Format.COURSE_SERIES,
        certificate_kind=CoursePage.CertificateKind.FORMAL,
        certificate_min_attendance=80,
        hours=Decimal("20"),
        hours_unit=CoursePage.HoursUnit.TEACHING,
        learning_outcomes="Sensoren anschließen\n\nEinen Roboter programmieren\n",
    )


@pytest.fixture
def dated():
    """`dated(course, count=5, ended_days_ago=10)`: a date of `count` weekly sessions
    whose last one was `ended_days_ago` days ago (negative: still to come)."""

    def make(course, *, count=5, ended_days_ago=10, **kwargs):
        first = -(ended_days_ago + 7 * (count - 1))
        event = EventFactory(
            course=course, sessions__count=count, sessions__days=first, **kwargs
        )
        event.refresh_from_db()
        return event

    return make


@pytest.fixture
def event(course, dated):
    return dated(course)


@pytest.fixture
def attend():
    """`attend(registration, "present", "late", …)`: marks for the event's sessions in
    order; sessions beyond the marks stay unmarked."""

    def mark(registration, *statuses):
        sessions = registration.event.sessions.order_by("starts_at")
        Attendance.objects.bulk_create(
            Attendance(
                registration=registration, session=session, status=status, method="tap"
            )
            for session, status in zip(sessions, statuses, strict=False)
        )
        return registration

    return mark


@pytest.fixture
def guardian():
    return UserFactory(
        email="ewa.kowalska@example.org",
        first_name="Ewa",
        last_name="Kowalska",
        preferred_language="pl",
    )


@pytest.fixture
def co_guardian():
    return UserFactory(
        email="piotr.nowak@example.org",
        first_name="Piotr",
        last_name="Zieliński",
        preferred_language="de",
    )


@pytest.fixture
def participant(guardian, co_guardian):
    """Jana, looked after by Ewa (who reads Polish) and Piotr (German)."""
    jana = ParticipantFactory(
        guardian=guardian,
        first_name="Jana",
        last_name="Nowak",
        birth_date=datetime.date(2013, 4, 17),
        notes_for_instructor="Erdnussallergie, Notfallspray im Rucksack",
    )
    jana.co_guardians.add(co_guardian)
    return jana


@pytest.fixture
def registration(event, participant, attend):
    """Jana came to all five sessions."""
    return attend(
        RegistrationFactory(event=event, participant=participant), *["present"] * 5
    )


@pytest.fixture
def certificate(registration):
    return services.issue(registration)


@pytest.fixture
def programme(catalogue, organisation):
    return ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")


@pytest.fixture
def teacher():
    return UserFactory(
        email="lehrerin@example.org", first_name="Petra", last_name="Schulze"
    )


@pytest.fixture
def visited(programme, dated, teacher):
    """Class 7b's confirmed visit two days ago, in Czech, its numbers recorded."""
    booking = GroupBookingFactory(
        event=dated(programme, count=1, ended_days_ago=2, capacity=30),
        school__teacher=teacher,
        school__name="Oberschule Ostritz",
        class_name="7b",
        pupils=24,
        language="cs",
    )
    booking.pupils_present, booking.adults_present = 22, 2
    booking.save()
    return booking


def staff_with(*codenames):
    """A staff account that may use the admin, with these certificate permissions."""
    return factories.staff_with(*codenames, app="certificates")


@pytest.fixture
def staff():
    """`staff("view_certificate", …)`, see staff_with."""
    return staff_with
