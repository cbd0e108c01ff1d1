"""`load_demo_data` builds a realistic demo once and changes nothing the second time."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from courses.models import CoursePage
from events import demo_content, visits
from events.models import Event, GroupBooking, Registration, Session, Venue
from mint.models import OrganisationSettings
from mint.people.models import Participant, School, User


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            CoursePage,
            Event,
            Session,
            Registration,
            Venue,
            User,
            Participant,
            School,
            GroupBooking,
        )
    }


def _assert_roles(client):
    """The demo accounts have the rights README "Who may do what" gives their roles:
    the coordinator works through the Coordinators group, not as a superuser."""
    coordinator = User.objects.get(email="coordinator@example.org")
    assert coordinator.check_password("demo-password")
    assert coordinator.is_staff and not coordinator.is_superuser
    assert list(coordinator.groups.values_list("name", flat=True)) == ["Coordinators"]
    client.force_login(coordinator)
    for url in ("/admin/events/", "/admin/registrations/", "/admin/figures/"):
        assert client.get(url).status_code == 200, url
    refused = client.get("/admin/users/")
    assert (refused.status_code, refused.url) == (302, "/admin/")

    admin = User.objects.get(email="admin@example.org")
    assert admin.check_password("demo-password")
    assert admin.is_staff and admin.is_superuser
    client.force_login(admin)
    assert client.get("/admin/users/").status_code == 200


@pytest.mark.django_db
def test_demo_data_is_complete_and_idempotent(settings, client):
    settings.DEBUG = True
    call_command("load_demo_data", verbosity=0)
    first = _counts()
    # A demo database loaded before the roles changed: the coordinator a superuser.
    User.objects.filter(email="coordinator@example.org").update(is_superuser=True)
    User.objects.get(email="coordinator@example.org").groups.clear()
    # … and before the organisation's texts were translated.
    OrganisationSettings.objects.update(name_pl="", signatory_role_cs="")
    call_command("load_demo_data", verbosity=0)
    assert _counts() == first
    _assert_roles(client)
    organisation = OrganisationSettings.objects.get()
    polish = demo_content.ORGANISATION["name_pl"]
    assert organisation.name_in("pl") == polish
    assert organisation.signatory_role_in("cs") == "Koordinace vzdělávání MINT"
    assert polish in client.get("/pl/").content.decode()

    for language in ("de", "pl", "cs", "en"):
        assert (
            CoursePage.objects.live().filter(locale__language_code=language).count()
            >= 40
        )
    assert first["Event"] >= 120
    assert (
        Venue.objects.filter(locale__language_code="de")
        .values("country")
        .distinct()
        .count()
        == 3
    )
    assert set(User.objects.values_list("email", flat=True)) >= {
        "coordinator@example.org",
        "instructor@example.org",
        "parent@example.org",
        "teacher@example.org",
        "learner@example.org",
        "admin@example.org",
    }
    parent = User.objects.get(email="parent@example.org")
    assert parent.check_password("demo-password")
    assert parent.participants.count() == 2

    instructor = User.objects.get(email="instructor@example.org")
    assert instructor.groups.filter(name="Instructors").exists()
    assert instructor.taught_events.exists()

    teacher = User.objects.get(email="teacher@example.org")
    assert {school.country for school in teacher.schools.all()} == {"DE", "PL"}
    statuses = set(teacher.group_bookings.values_list("status", flat=True))
    assert {"confirmed", "requested"} <= statuses
    programmes = CoursePage.objects.filter(
        format=CoursePage.Format.CLASS_VISIT, locale__language_code="de"
    )
    for programme in programmes:
        assert programme.group_max and programme.preparation
        slot = programme.events.upcoming().exclude(group_bookings__isnull=False).first()
        pupils = programme.group_max
        adults = -(-pupils // programme.pupils_per_adult)
        assert visits.check(slot, pupils, adults).fits, programme.title


def test_demo_data_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_data", verbosity=0)
