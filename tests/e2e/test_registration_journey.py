"""A parent signs in, adds two children and registers both for the last seat and the
waiting list; when someone cancels, the second child moves up."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from events import booking
from events.models import Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def parent(db):
    user = UserFactory(email="jana@example.org", first_name="Jana")
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


@pytest.fixture
def event(catalogue):
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


def _birth_date(years):
    return (
        timezone.localdate() - datetime.timedelta(days=365 * years + 40)
    ).isoformat()


def add_child(page, base, first_name, years):
    page.goto(f"{base}/en/account/people/add/")
    page.fill("input[name=first_name]", first_name)
    page.fill("input[name=last_name]", "Dvořáková")
    page.fill("input[name=birth_date]", _birth_date(years))
    page.check("input[name=guardian_consent]")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text(f"{first_name} has been added.")).to_be_visible()


def test_parent_registers_two_children_and_one_moves_up(
    live_server, page, parent, event, screenshot
):
    base = live_server.url
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", "jana@example.org")
    page.fill("input[name=password]", "demo-password")
    page.locator("form button[type=submit]").click()

    add_child(page, base, "Ema", 7)
    add_child(page, base, "Jakub", 9)

    page.goto(f"{base}/en/courses/lego-roboter/")
    page.get_by_role("link", name="Register").first.click()
    page.get_by_label("Ema Dvořáková").check()
    page.get_by_label("Jakub Dvořáková").check()
    screenshot("register-form")
    page.get_by_role("button", name="Register now").click()

    expect(page.get_by_text("Ema is registered")).to_be_visible()
    expect(
        page.get_by_text("Jakub is on the waiting list at position 1.")
    ).to_be_visible()
    screenshot("my-registrations")

    other = Registration.objects.exclude(participant__guardian=parent).get()
    booking.cancel(registration_id=other.pk, by_staff=True)
    page.reload()
    expect(page.locator(".registration--confirmed")).to_have_count(2)
