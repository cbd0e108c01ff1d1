"""A world with something of every kind for browser checks that walk every page
type: tests/e2e/conftest.py serves it as the `world` fixture (accessibility, layout
at phone and desktop width, print)."""

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from certificates import services as certificates
from courses.models import CoursePage
from events.models import INSTRUCTORS_GROUP, Attendance
from mint.models import ContentPage, OrganisationSettings
from tests.factories import (
    AudienceLevelFactory,
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    ProviderFactory,
    RegistrationFactory,
    SchoolFactory,
    TopicFactory,
    UserFactory,
)

# The topics' Polish names, in the order build_world makes them: long ones included.
POLISH_TOPICS = [
    "Robotyka",
    "Informatyka",
    "Nauki przyrodnicze",
    "Wytwarzanie przyrostowe i druk 3D",
    "Energia i magazynowanie",
    "Środowisko i klimat",
    "Astronomia",
    "Matematyka",
    "Technika",
]


def account(email, **fields):
    """A user with a confirmed address, ready to sign in (password: the factories')."""
    user = UserFactory(email=email, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def years_ago(years):
    return timezone.localdate() - datetime.timedelta(days=365 * years + 40)


def build_world(catalogue):
    """Something of every kind: courses with dates in every seat state and topics of
    every icon (German and Polish names), a Polish translation, a content page, a
    class-visit slot and a booking, a session today, a valid and a revoked
    certificate, and one account per role."""
    cache.clear()  # rate limits (sign-in, verification) count in the cache
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.name = "Science-Center Oberlausitz"
    organisation.address = "Theaterring 12\n02763 Zittau"
    organisation.email = "info@example.org"
    organisation.save()
    catalogue.get_parent().add_child(
        instance=ContentPage(
            title="Barrierefreiheit",
            slug="barrierefreiheit",
            intro="Wie zugänglich diese Website ist.",
            body=[
                ("heading", "Stand der Vereinbarkeit"),
                ("paragraph", RichText("<p>Diese Website ist <b>teilweise</b> …</p>")),
                ("fact", {"title": "Kontakt", "text": RichText("<p>Schreiben!</p>")}),
            ],
        )
    )

    topics = [
        TopicFactory(name=name, icon=icon)
        for name, icon in [
            ("Robotik", "robot"),
            ("Informatik", "computer"),
            ("Naturwissenschaften", "flask"),
            ("3D-Druck", "printer"),
            ("Energie", "battery"),
            ("Natur", "leaf"),
            ("Astronomie", "star"),
            ("Mathematik", "math"),
            ("Technik", "gear"),
        ]
    ]
    polish = Locale.objects.get(language_code="pl")
    for topic, name in zip(topics, POLISH_TOPICS, strict=True):
        translation = topic.copy_for_translation(polish)
        translation.name = name
        translation.save()
    level = AudienceLevelFactory(name="Grundschule", age_min=6, age_max=10)
    provider = ProviderFactory(name="Hochschule Zittau/Görlitz")
    course = CoursePageFactory(
        parent=catalogue,
        title="Lego-Roboter",
        slug="lego-roboter",
        age_min=6,
        age_max=12,
        topics=topics[:4],
        audience_levels=[level],
        provider=provider,
        plain_language_summary="Wir bauen Roboter. Du brauchst nichts mitzubringen.",
        body=[("heading", "Was wir machen"), ("paragraph", RichText("<p>Bauen</p>"))],
    )
    polish_course = course.copy_for_translation(polish)
    polish_course.title = "Roboty z Lego"
    polish_course.save_revision().publish()
    event = EventFactory(course=course, capacity=12, sessions__days=14)
    for capacity, taken, days in [(2, 1, 20), (1, 1, 21), (1, 0, -3)]:
        other = CoursePageFactory(parent=catalogue, topics=topics[4:], age_min=8)
        full = EventFactory(course=other, capacity=capacity, sessions__days=days)
        for _ in range(taken):
            RegistrationFactory(event=full)

    parent = account("rodzic@example.org", first_name="Ewa", preferred_language="pl")
    for first_name, age in [("Ola", 9), ("Piotr", 17)]:  # Piotr is too old
        ParticipantFactory(
            guardian=parent,
            first_name=first_name,
            last_name="Nowak",
            birth_date=years_ago(age),
            notes_for_instructor="Erdnussallergie" if age == 9 else "",
        )

    finished = CoursePageFactory(
        parent=catalogue,
        title="Roboter programmieren",
        format=CoursePage.Format.COURSE_SERIES,
        certificate_kind=CoursePage.CertificateKind.FORMAL,
        certificate_min_attendance=80,
        hours=Decimal("6"),
        learning_outcomes="Sensoren anschließen\nEinen Roboter programmieren",
    )
    ended = EventFactory(course=finished, sessions__days=-10, sessions__count=1)
    issued = []
    for first_name in ("Łucja", "Jan"):
        registration = RegistrationFactory(
            event=ended,
            participant=ParticipantFactory(
                guardian=parent, first_name=first_name, last_name="Nowak"
            ),
        )
        Attendance.objects.create(
            registration=registration,
            session=ended.sessions.get(),
            status="present",
            method="tap",
        )
        issued.append(certificates.issue(registration))
    valid, revoked = issued
    coordinator = account("koordination@example.org", is_staff=True)
    coordinator.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_figures", "view_registration"]
        )
    )
    certificates.revoke(revoked, by=coordinator, reason="Falscher Name")

    teacher = account("lehrerin@example.org", first_name="Petra", last_name="Schulze")
    school = SchoolFactory(teacher=teacher, name="Oberschule Zittau")
    programme = ClassVisitFactory(
        parent=catalogue, title="Chemie zum Anfassen", topics=[topics[2]]
    )
    slot = EventFactory(course=programme, capacity=30, sessions__days=30)
    booked = EventFactory(course=programme, capacity=30, sessions__days=40)
    booking = GroupBookingFactory(event=booked, school=school, class_name="7b")
    GroupBookingFactory(
        event=EventFactory(course=programme, capacity=30, sessions__days=45),
        school=school,
        class_name="8a",
        status="requested",
    )

    instructor = account("lektor@example.org", first_name="Tomasz")
    Group.objects.get_or_create(name=INSTRUCTORS_GROUP)[0].user_set.add(instructor)
    today = EventFactory(
        course=course, sessions__days=0, sessions__hour=timezone.localtime().hour
    )
    today.instructors.add(instructor)
    tickets = [
        RegistrationFactory(
            event=today,
            participant=ParticipantFactory(
                first_name=first_name, notes_for_instructor="Brille"
            ),
        ).ticket
        for first_name in ("Ema", "Jakub", "Zofia")
    ]
    return {
        "parent": parent,
        "coordinator": coordinator,
        "teacher": teacher,
        "instructor": instructor,
        "event": event,
        "slot": slot,
        "booking": booking,
        "session": today.sessions.get(),
        "tickets": tickets,
        "valid": valid,
        "revoked": revoked,
    }
