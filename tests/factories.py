"""One factory per model; pages go through the tree."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from wagtail.models import Locale

from courses.models import AudienceLevel, CourseIndexPage, CoursePage, Provider, Topic
from events.models import Event, GroupBooking, Registration, Session, Venue
from mint.models import HomePage
from mint.people.models import Participant, School, User


def german():
    return Locale.objects.get(language_code="de")


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *, parent, **kwargs):
        return parent.add_child(instance=model_class(**kwargs))


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "MINT Dreiländereck"
    slug = "home"
    hero_title = "MINT erleben"


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Kurse"
    slug = "kurse"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    locale = factory.LazyFunction(german)


class AudienceLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AudienceLevel

    name = factory.Sequence(lambda n: f"Stufe {n}")
    slug = factory.Sequence(lambda n: f"stufe-{n}")
    locale = factory.LazyFunction(german)


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider

    name = factory.Sequence(lambda n: f"Anbieter {n}")
    slug = factory.Sequence(lambda n: f"anbieter-{n}")
    locale = factory.LazyFunction(german)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Lernort {n}")
    street = "Markt 1"
    postcode = "02763"
    town = "Zittau"
    country = "DE"
    latitude = Decimal("50.896000")
    longitude = Decimal("14.807000")
    locale = factory.LazyFunction(german)


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kurs {n}")
    teaser = "Ausprobieren, bauen, verstehen."
    format = CoursePage.Format.WORKSHOP


class EventFactory(factory.django.DjangoModelFactory):
    """An event with one two-hour session `days` from now at 10:00 local time."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    course = None
    venue = factory.SubFactory(VenueFactory)
    capacity = 10
    language = "de"

    @factory.post_generation
    def sessions(event, create, extracted, days=7, count=1, hour=10, **kwargs):
        if not create:
            return
        day = timezone.localdate() + datetime.timedelta(days=days)
        for number in range(count):
            start = timezone.make_aware(
                datetime.datetime.combine(
                    day + datetime.timedelta(weeks=number), datetime.time(hour)
                )
            )
            Session.objects.create(
                event=event,
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=2),
            )
        event.refresh_from_db(fields=["starts_at", "ends_at"])


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("demo-password")


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    guardian = factory.SubFactory(UserFactory)
    first_name = factory.Sequence(lambda n: f"Kind{n}")
    last_name = "Muster"
    birth_date = datetime.date(2016, 5, 1)


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = None
    participant = factory.SubFactory(ParticipantFactory)
    status = Registration.Status.CONFIRMED


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    teacher = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Oberschule {n}")
    school_type = School.Type.SECONDARY
    street = "Schulstraße 1"
    postcode = "02763"
    town = "Zittau"
    country = "DE"


class ClassVisitFactory(CoursePageFactory):
    """A class-visit programme for grades 5–8, 10–28 pupils, confirmed by staff; the
    class gets a confirmation of its participation."""

    format = CoursePage.Format.CLASS_VISIT
    certificate_kind = CoursePage.CertificateKind.CLASS
    grade_min = 5
    grade_max = 8
    group_min = 10
    group_max = 28
    pupils_per_adult = 10


class GroupBookingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GroupBooking

    event = None
    school = factory.SubFactory(SchoolFactory)
    teacher = factory.SelfAttribute("school.teacher")
    class_name = factory.Sequence(lambda n: f"7{chr(97 + n % 26)}")
    grade = 7
    pupils = 24
    adults = 3
    language = "de"
    phone = "+49 3583 000000"
    status = GroupBooking.Status.CONFIRMED


def staff_with(*codenames, app="events"):
    """A staff account that may use the Wagtail admin, with these permissions of
    `app` and no others."""
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *Permission.objects.filter(content_type__app_label=app, codename__in=codenames),
    )
    return user
