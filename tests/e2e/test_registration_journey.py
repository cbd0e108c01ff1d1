"""A parent signs in, adds two children and registers both for the last seat and the
waiting list; when someone cancels, the second child moves up. The German journey
(test_registration_journey_de) starts by signing up and goes on with these steps."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from events import booking
from events.models import Registration
from tests.factories import CoursePageFactory, EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db(transaction=True)

CHILDREN = {"Ema": 7, "Jakub": 9}
FAMILY_NAME = "Dvořáková"


@pytest.fixture
def event(catalogue):
    """Lego-Roboter (German, and in English), one of its two seats already taken."""
    course = CoursePageFactory(
        parent=catalogue,
        title="Lego-Roboter",
        slug="lego-roboter",
        age_min=5,
        age_max=12,
    )
    english = course.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    event = EventFactory(course=course, capacity=2, sessions__days=21)
    RegistrationFactory(event=event)  # one seat is taken already
    return event


@pytest.fixture
def register_both_children(
    page, language, t, heading, add_person, open_registration, screenshot
):
    """`register_both_children(course_url)`, signed in: Ema gets the last seat, Jakub
    the first place on the waiting list."""

    def register(course_url):
        for first_name, years in CHILDREN.items():
            add_person(page, first_name, FAMILY_NAME, years)
        open_registration(course_url)
        heading(page, "Registration").to_be_visible()
        for first_name in CHILDREN:
            page.get_by_label(f"{first_name} {FAMILY_NAME}").check()
        screenshot(f"register-form-{language}")
        page.get_by_role("button", name=t("Register now"), exact=True).click()

        heading(page, "My registrations").to_be_visible()
        registered = (
            "%(name)s is registered – the confirmation is on its way by e-mail."
        )
        expect(page.get_by_text(t(registered, name="Ema"))).to_be_visible()
        waiting = "%(name)s is on the waiting list at position %(position)s."
        expect(page.get_by_text(t(waiting, name="Jakub", position=1))).to_be_visible()
        screenshot(f"my-registrations-{language}")

    return register


@pytest.fixture
def someone_cancels(page, t):
    """`someone_cancels(parent)`: another family's seat frees; Jakub moves up."""

    def cancel(parent):
        other = Registration.objects.exclude(participant__guardian=parent).get()
        booking.cancel(registration_id=other.pk, by_staff=True)
        page.reload()
        jakub = page.locator(".registration", has_text=f"Jakub {FAMILY_NAME}")
        expect(jakub.locator(".status")).to_have_text(t("Confirmed"))
        expect(page.locator(".registration--confirmed")).to_have_count(2)

    return cancel


def test_parent_registers_two_children_and_one_moves_up(
    live_server, page, account, sign_in, event, register_both_children, someone_cancels
):
    parent = account("jana@example.org", first_name="Jana")
    sign_in(page, parent.email)
    register_both_children(f"{live_server.url}/en/courses/lego-roboter/")
    someone_cancels(parent)
